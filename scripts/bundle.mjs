// Bundles the CLI into one file (dist/readout.js) so that start-up resolves and compiles one module
// instead of hundreds. Packages that load data files or native code at run time stay external.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';

// zod's error messages in some fifty languages: readout reports errors in English only. Its locales
// index becomes English alone (about 300 kB less to parse at every start-up).
const englishZodOnly = {
  name: 'english-zod-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: join(dirname(args.importer), '..', 'locales', 'index.js'), namespace: 'zod-locales' } : undefined);
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) =>
      ({ contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};`, resolveDir: dirname(args.path) }));
  },
};

// The CLI, and the worker of `--jobs` (dist/extract-worker.js, found beside the CLI bundle).
for (const [entry, outfile] of [['src/cli/main.ts', 'dist/readout.js'], ['src/extract/extract-worker.ts', 'dist/extract-worker.js']]) await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [englishZodOnly],
  external: ['wink-eng-lite-web-model', 'world-countries', 'better-sqlite3', 'playwright-core', 'linkedom', '@mozilla/readability'],
  banner: { js: "import { createRequire as __readoutRequire } from 'node:module'; const require = __readoutRequire(import.meta.url);" },
});
