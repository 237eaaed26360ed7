import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { ReadoutError } from '../errors/readout-error.js';

/** One problem in a knowledge-base file, with the 1-based line it is on. */
export interface KbProblem {
  file: string;
  line: number;
  message: string;
}

/** A validated list of entries, each with the line it starts on. */
export interface YamlEntries<T> {
  entries: Array<{ value: T; line: number }>;
  problems: KbProblem[];
}

interface Parsed {
  doc: Document;
  lc: LineCounter;
  js: unknown;
  problems: KbProblem[];
}

function parse(file: string, text: string): Parsed {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const problems = doc.errors.map((err) => ({ file, line: lc.linePos(err.pos[0]).line, message: err.message.split('\n')[0]! }));
  return { doc, lc, js: problems.length > 0 ? null : doc.toJS(), problems };
}

/**
 * Reads a YAML file holding a list of entries and validates each entry with `schema`. Syntax and
 * schema errors carry the line of the offending node (the yaml package's LineCounter); they are
 * returned, not thrown: `readout kb check` lists them all, the loader throws the first.
 */
export function readYamlList<S extends z.ZodType>(file: string, schema: S, text = readFileSync(file, 'utf8')): YamlEntries<z.infer<S>> {
  const p = parse(file, text);
  if (p.problems.length > 0 || p.js == null) return { entries: [], problems: p.problems };
  if (!Array.isArray(p.js)) return { entries: [], problems: [{ file, line: 1, message: 'expected a list of entries (each starting with "- ")' }] };
  return validateList(p, file, p.js, [], schema);
}

/** Reads a YAML mapping of named lists ("countries:", "ambiguous:"), each validated with its schema. */
export function readYamlSections<M extends Record<string, z.ZodType>>(file: string, schemas: M, text = readFileSync(file, 'utf8')): { sections: { [K in keyof M]: YamlEntries<z.infer<M[K]>>['entries'] }; problems: KbProblem[] } {
  const p = parse(file, text);
  const sections = Object.fromEntries(Object.keys(schemas).map((k) => [k, []])) as unknown as { [K in keyof M]: YamlEntries<z.infer<M[K]>>['entries'] };
  if (p.problems.length > 0 || p.js == null) return { sections, problems: p.problems };
  if (typeof p.js !== 'object' || Array.isArray(p.js)) return { sections, problems: [{ file, line: 1, message: `expected a mapping with the sections ${Object.keys(schemas).join(', ')}` }] };
  const problems: KbProblem[] = [];
  for (const [key, value] of Object.entries(p.js as Record<string, unknown>)) {
    const schema = schemas[key];
    if (!schema) {
      problems.push({ file, line: lineOf(p, [key]) ?? 1, message: `unknown section "${key}" (expected ${Object.keys(schemas).join(', ')})` });
      continue;
    }
    if (value == null) continue;
    if (!Array.isArray(value)) {
      problems.push({ file, line: lineOf(p, [key]) ?? 1, message: `section "${key}" must be a list` });
      continue;
    }
    const r = validateList(p, file, value, [key], schema);
    (sections as Record<string, unknown>)[key] = r.entries;
    problems.push(...r.problems);
  }
  return { sections, problems };
}

function validateList<S extends z.ZodType>(p: Parsed, file: string, list: unknown[], prefix: Array<string | number>, schema: S): YamlEntries<z.infer<S>> {
  const entries: Array<{ value: z.infer<S>; line: number }> = [];
  const problems: KbProblem[] = [];
  list.forEach((item, i) => {
    const line = lineOf(p, [...prefix, i]) ?? 1;
    const parsed = schema.safeParse(item);
    if (parsed.success) {
      entries.push({ value: parsed.data, line });
      return;
    }
    for (const issue of parsed.error.issues) {
      const path = [...prefix, i, ...issue.path] as Array<string | number>;
      const keys = issue.code === 'unrecognized_keys' ? ` ${(issue as { keys?: string[] }).keys?.join(', ')}` : '';
      const at = issue.path.length ? `${issue.path.join('.')}: ` : '';
      problems.push({ file, line: lineOf(p, path) ?? line, message: `${at}${issue.message}${keys && !issue.message.includes(keys.trim()) ? `:${keys}` : ''}` });
    }
  });
  return { entries, problems };
}

/** The line of the deepest node that exists along `path`. */
function lineOf(p: Parsed, path: Array<string | number>): number | null {
  for (let n = path.length; n > 0; n--) {
    const node = p.doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return p.lc.linePos(node.range[0]).line;
  }
  return null;
}

export function describeProblem(p: KbProblem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}

/** Throws KB_INVALID for the first problem (the loader's behaviour); `kb check` prints them all. */
export function throwProblems(problems: readonly KbProblem[]): void {
  const first = problems[0];
  if (!first) return;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems; run "readout kb check")` : '';
  throw new ReadoutError('KB_INVALID', `${first.message}${more}`, { input: first.file, line: first.line });
}
