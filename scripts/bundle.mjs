// Bundles the CLI into one file (dist/readout.js) so that start-up resolves and compiles one module
// instead of hundreds. Packages that load data files or native code at run time stay external.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/readout.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  external: ['wink-eng-lite-web-model', 'world-countries', 'better-sqlite3', 'playwright-core', 'linkedom', '@mozilla/readability'],
  banner: { js: "import { createRequire as __readoutRequire } from 'node:module'; const require = __readoutRequire(import.meta.url);" },
});
