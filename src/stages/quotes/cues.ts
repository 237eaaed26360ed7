import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { z } from 'zod';
import { ReadoutError } from '../../errors/readout-error.js';
import { PROJECT_ROOT } from '../../project-root.js';
import { cachedParse } from '../../pipeline/parse-cache.js';

const word = z.string().trim().min(1);
export const cuesFileSchema = z.object({
  reporting: z.array(word).min(1),
  quoting: z.array(word),
  phrasal: z.array(word.regex(/^\S+ \S+$/, 'a phrasal verb is two words: lemma and particle')),
  documents: z.array(word),
  releasers: z.array(word),
  channels: z.array(word.regex(/^[^{}]*(?:\{(?:medium|source)\})?$/, 'a channel may end in {medium} or {source}')),
  notQuoteAfter: z.array(word),
}).strict();

export type CuesFile = z.infer<typeof cuesFileSchema>;

/** The compiled cues: sets for look-ups by lemma or lower-case word. */
export interface QuoteCues {
  reporting: Set<string>;
  quoting: Set<string>;
  /** lemma -> particles */
  phrasal: Map<string, Set<string>>;
  documents: Set<string>;
  releasers: readonly string[];
  channels: ReadonlyArray<{ words: string[]; slot: 'medium' | 'source' | null; pattern: string }>;
  notQuoteAfter: readonly string[][];
}

export function compileCues(file: CuesFile): QuoteCues {
  const phrasal = new Map<string, Set<string>>();
  for (const p of file.phrasal) {
    const [lemma, particle] = p.toLowerCase().split(' ') as [string, string];
    if (!phrasal.has(lemma)) phrasal.set(lemma, new Set());
    phrasal.get(lemma)!.add(particle);
  }
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  return {
    reporting: lower(file.reporting),
    quoting: lower(file.quoting),
    phrasal,
    documents: lower(file.documents),
    releasers: file.releasers.map((r) => r.toLowerCase()),
    channels: file.channels.map((c) => {
      const slot = /\{(medium|source)\}$/.exec(c)?.[1] as 'medium' | 'source' | undefined;
      return { words: c.replace(/\{\w+\}$/, '').trim().toLowerCase().split(/\s+/), slot: slot ?? null, pattern: c };
    }),
    notQuoteAfter: file.notQuoteAfter.map((w) => w.toLowerCase().split(/\s+/)),
  };
}

/** Parses and validates a cues file; errors name the file and the line. */
export function parseCues(source: string, path: string): QuoteCues {
  return compileCues(parseCuesFile(source, path));
}

function parseCuesFile(source: string, path: string): CuesFile {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new ReadoutError('KB_INVALID', e.message, { input: path, line: lines.linePos(e.pos[0]).line });
  }
  const parsed = cuesFileSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const node = doc.getIn(issue.path as Array<string | number>, true);
    const offset = isNode(node) && node.range ? node.range[0] : 0;
    throw new ReadoutError('KB_INVALID', `${issue.path.join('.') || '(top)'}: ${issue.message}`, { input: path, line: lines.linePos(offset).line });
  }
  return parsed.data;
}

/** data/quotes/cues.yaml under the project root. */
export function defaultCuesPath(): string {
  return join(PROJECT_ROOT, 'data', 'quotes', 'cues.yaml');
}

export function loadCues(path = defaultCuesPath()): QuoteCues {
  return compileCues(cachedParse('cues', [path], () => parseCuesFile(readFileSync(path, 'utf8'), path)));
}
