import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cachedParse } from '../pipeline/parse-cache.js';
import type { z } from 'zod';
import { ReadoutError } from '../errors/readout-error.js';
import { parseCsv } from './csv.js';
import { dataDir } from './data-dir.js';
import type { Ontology } from './ontology.js';
import { cameoPloverRowSchema, cameoRowSchema, ploverModeRowSchema, ploverTypeRowSchema } from './ontology-rows.js';

/** Parses and validates every row of one table; the first bad row throws KB_INVALID with its line. */
export function readTable<S extends z.ZodType>(file: string, schema: S, text?: string): Array<z.infer<S> & { line: number }> {
  if (text === undefined) return cachedParse(`table-${basename(file, '.csv')}`, [file], () => readTable(file, schema, readFileSync(file, 'utf8')));
  return parseCsv(text, file).map(({ line, values }) => {
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ReadoutError('KB_INVALID', `${issue.path.join('.') || 'row'}: ${issue.message}`, { input: file, line });
    }
    return { ...(parsed.data as object), line } as z.infer<S> & { line: number };
  });
}

/** Loads data/ontology/*.csv (or DIR), validates them and checks that they agree with each other. */
export function loadOntology(dir = join(dataDir(), 'ontology')): Ontology {
  const f = (name: string) => join(dir, name);
  const ontology: Ontology = { cameo: new Map(), plover: new Map(), toPlover: new Map() };
  for (const row of readTable(f('cameo-codes.csv'), cameoRowSchema)) {
    const fail = (msg: string) => { throw new ReadoutError('KB_INVALID', msg, { input: f('cameo-codes.csv'), line: row.line }); };
    if (ontology.cameo.has(row.code)) fail(`duplicate code ${row.code}`);
    if (!row.code.startsWith(row.root)) fail(`code ${row.code} does not start with its root ${row.root}`);
    if (row.quad_class !== quadClassOfRoot(row.root)) fail(`quad class ${row.quad_class} does not follow root ${row.root} (expected ${quadClassOfRoot(row.root)})`);
    if (row.code.length > 2 && !ontology.cameo.has(row.code.slice(0, -1))) fail(`code ${row.code} has no parent ${row.code.slice(0, -1)} above it`);
    ontology.cameo.set(row.code, { code: row.code, root: row.root, label: row.label, goldstein: row.goldstein, quadClass: row.quad_class });
  }
  for (const row of readTable(f('plover-types.csv'), ploverTypeRowSchema)) {
    ontology.plover.set(row.event_type, { type: row.event_type, quadCategory: row.quad_category, requiresRecipient: row.requires_recipient === 'Yes', score: row.plover_score, modes: [] });
  }
  for (const row of readTable(f('plover-modes.csv'), ploverModeRowSchema)) {
    const type = ontology.plover.get(row.event_type);
    if (!type) throw new ReadoutError('KB_INVALID', `unknown PLOVER type ${row.event_type}`, { input: f('plover-modes.csv'), line: row.line });
    type.modes.push(row.mode);
  }
  for (const row of readTable(f('cameo-plover.csv'), cameoPloverRowSchema)) {
    const fail = (msg: string) => { throw new ReadoutError('KB_INVALID', msg, { input: f('cameo-plover.csv'), line: row.line }); };
    if (!ontology.cameo.has(row.cameo)) fail(`unknown CAMEO code ${row.cameo}`);
    const type = row.plover_type ? ontology.plover.get(row.plover_type) : null;
    if (row.plover_type && !type) fail(`unknown PLOVER type ${row.plover_type}`);
    if (row.plover_mode && !type?.modes.includes(row.plover_mode)) fail(`mode ${row.plover_mode} is not a mode of ${row.plover_type || 'no type'}`);
    ontology.toPlover.set(row.cameo, { type: row.plover_type || null, mode: row.plover_mode || null });
  }
  return ontology;
}

/** CAMEO's quad classes: 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict. */
export function quadClassOfRoot(root: string): number {
  const n = Number(root);
  return n <= 5 ? 1 : n <= 8 ? 2 : n <= 13 ? 3 : 4;
}
