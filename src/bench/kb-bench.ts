import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../project-root.js';
import { fmt, percentile } from './stats.js';

/**
 * Knowledge-base load time in fresh processes (what every command pays at start-up): with the cache
 * of validated files (the usual case) and without it (first run after a change: YAML parse + zod).
 */
export function benchKbLoad(runs = 5): string {
  const script = join(PROJECT_ROOT, 'dist', 'kb', 'knowledge-base.js');
  const once = (cache: boolean): number => {
    const code = `import(${JSON.stringify(`file://${script}`)}).then((m) => { const kb = m.loadKnowledgeBase({ cache: ${cache} }); process.stdout.write(String(kb.loadMs)); })`;
    const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
    return Number(r.stdout);
  };
  once(true);
  const cached = Array.from({ length: runs }, () => once(true)).sort((a, b) => a - b);
  const fresh = Array.from({ length: 2 }, () => once(false)).sort((a, b) => a - b);
  return `knowledge-base load (fresh process): cached median ${fmt(percentile(cached, 50), 0)} ms (min ${fmt(cached[0]!, 0)}), uncached (YAML + validation) median ${fmt(percentile(fresh, 50), 0)} ms`;
}
