import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isSeq, type Node } from 'yaml';
import type { z } from 'zod';
import { ReadoutError } from '../../../errors/readout-error.js';
import { dataDir } from '../../../ontology/data-dir.js';
import { cachedParse } from '../../../pipeline/parse-cache.js';
import type { Ontology } from '../../../ontology/ontology.js';
import { lexiconSchema, patternFileSchema, patternSchema, wrapperSchema, type BackReference, type EventReference, type Pattern, type PatternSet, type Wrapper } from './pattern-schema.js';

/** The YAML files of a folder (or one file), sorted. */
export function patternFiles(path: string): string[] {
  if (!statSync(path, { throwIfNoEntry: false })) throw new ReadoutError('INPUT_NOT_FOUND', `patterns path ${path} does not exist`, { input: path });
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(path, f));
}

/** Bundled patterns (data/patterns/), then the user's folders: a user entry with the same id replaces the bundled one. */
export function loadPatterns(ontology: Ontology, userDirs: string[] = []): PatternSet {
  const byId = new Map<string, Pattern>();
  const wrappers = new Map<string, Wrapper>();
  const files = [join(dataDir(), 'patterns'), ...userDirs].flatMap(patternFiles);
  const actorNouns = new Set<string>();
  const lightVerbs = new Set<string>();
  const preventingVerbs = new Set<string>();
  const aimVerbs = new Set<string>();
  const ceasingVerbs = new Set<string>();
  const wishVerbs = new Set<string>();
  const dyadicRoots = new Set<string>();
  const codedPartnerRoots = new Set<string>();
  const wordSets = { backgroundPreps: new Set<string>(), backgroundOpeners: new Set<string>(), habitualAdverbs: new Set<string>(), underWayAdverbs: new Set<string>(), sameInPast: new Set<string>(), newsPresentVerbs: new Set<string>(), beliefVerbs: new Set<string>(), forecastWords: new Set<string>(), proposalNouns: new Set<string>(), prospectiveWords: new Set<string>(), calledOffVerbs: new Set<string>(), carryingVerbs: new Set<string>(), scheduledWords: new Set<string>(), speakerBodyWords: new Set<string>(), homeNouns: new Set<string>(), placeNamedNouns: new Set<string>(), siteNouns: new Set<string>(), foreignWords: new Set<string>(), recipientNouns: new Set<string>(), notObjectWrappers: new Set<string>(), allegingVerbs: new Set<string>(), entitlementNouns: new Set<string>() };
  const domesticRoots = new Set<string>();
  const backReferences = new Map<string, BackReference>();
  const eventReferences = new Map<string, EventReference>();
  // YAML with line numbers and validation is most of the start-up cost: parsed files are cached
  const parsedFiles = cachedParse('patterns', files, () => files.map((file) => readPatternFile(file, readFileSync(file, 'utf8'))));
  for (const [i, file] of files.entries()) {
    const parsed = parsedFiles[i]!;
    parsed.lexicon.actorNouns?.forEach((w) => actorNouns.add(w));
    parsed.lexicon.lightVerbs?.forEach((w) => lightVerbs.add(w));
    parsed.lexicon.preventingVerbs?.forEach((w) => preventingVerbs.add(w));
    parsed.lexicon.aimVerbs?.forEach((w) => aimVerbs.add(w));
    parsed.lexicon.ceasingVerbs?.forEach((w) => ceasingVerbs.add(w));
    parsed.lexicon.wishVerbs?.forEach((w) => wishVerbs.add(w));
    for (const key of Object.keys(wordSets) as Array<keyof typeof wordSets>) parsed.lexicon[key]?.forEach((w) => wordSets[key].add(w));
    for (const [key, roots] of [['dyadicRoots', dyadicRoots], ['domesticRoots', domesticRoots], ['codedPartnerRoots', codedPartnerRoots]] as const) {
      for (const r of parsed.lexicon[key] ?? []) {
        if (![...ontology.cameo.values()].some((c) => c.root === r)) throw new ReadoutError('KB_INVALID', `lexicon ${key}: unknown CAMEO root ${r}`, { input: file, line: 1 });
        roots.add(r);
      }
    }
    for (const r of parsed.lexicon.backReferences ?? []) for (const w of r.nouns) backReferences.set(w, r);
    for (const r of parsed.lexicon.eventReferences ?? []) for (const w of r.nouns) eventReferences.set(w, r);
    for (const p of parsed.patterns) {
      if (!ontology.cameo.has(p.code)) throw new ReadoutError('KB_INVALID', `pattern ${p.id}: unknown CAMEO code ${p.code}`, { input: file, line: p.line });
      if (p.plover && !ontology.plover.has(p.plover)) throw new ReadoutError('KB_INVALID', `pattern ${p.id}: unknown PLOVER type ${p.plover}`, { input: file, line: p.line });
      if (p.plover && p.mode && !ontology.plover.get(p.plover)!.modes.includes(p.mode)) throw new ReadoutError('KB_INVALID', `pattern ${p.id}: PLOVER ${p.plover} has no mode ${p.mode}`, { input: file, line: p.line });
      byId.set(p.id, p);
    }
    for (const w of parsed.wrappers) {
      for (const c of [...Object.values(w.codes), ...Object.values(w.conflict ?? {})]) {
        if (!ontology.cameo.has(c)) throw new ReadoutError('KB_INVALID', `wrapper ${w.id}: unknown CAMEO code ${c}`, { input: file, line: w.line });
      }
      for (const r of w.passes ?? []) {
        if (![...ontology.cameo.values()].some((c) => c.root === r)) throw new ReadoutError('KB_INVALID', `wrapper ${w.id}: unknown CAMEO root ${r} in passes`, { input: file, line: w.line });
      }
      wrappers.set(w.id, w);
    }
  }
  const dyadicPatterns = new Set([...byId.values()].filter((p) => dyadicRoots.has(p.code.slice(0, 2))).map((p) => p.id));
  return { ...compile([...byId.values()], [...wrappers.values()], files), dyadicPatterns, actorNouns, lightVerbs, preventingVerbs, aimVerbs, wishVerbs, ceasingVerbs, ...wordSets, domesticRoots, dyadicRoots, codedPartnerRoots, backReferences, eventReferences };
}

/** The PatternSet fields that come from `lexicon:` entries. */
type LexiconKey = 'actorNouns' | 'lightVerbs' | 'preventingVerbs' | 'aimVerbs' | 'wishVerbs' | 'ceasingVerbs' | 'backgroundPreps' | 'backgroundOpeners' | 'habitualAdverbs' | 'underWayAdverbs' | 'sameInPast' | 'newsPresentVerbs' | 'beliefVerbs' | 'forecastWords' | 'proposalNouns' | 'prospectiveWords' | 'calledOffVerbs' | 'carryingVerbs' | 'scheduledWords' | 'speakerBodyWords' | 'homeNouns' | 'placeNamedNouns' | 'siteNouns' | 'foreignWords' | 'recipientNouns' | 'notObjectWrappers' | 'allegingVerbs' | 'entitlementNouns' | 'domesticRoots' | 'dyadicRoots' | 'codedPartnerRoots' | 'backReferences' | 'eventReferences';

/** Parses one pattern file with line-precise errors (KB_INVALID, subject { input, line }). */
export function readPatternFile(file: string, text: string): { patterns: Pattern[]; wrappers: Wrapper[]; lexicon: z.infer<typeof lexiconSchema> } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new ReadoutError('KB_INVALID', e.message.split('\n')[0]!, { input: file, line: e.linePos?.[0].line ?? 1 });
  }
  const top = patternFileSchema.safeParse(doc.toJS() ?? {});
  if (!top.success) throw new ReadoutError('KB_INVALID', `top level: ${top.error.issues[0]!.message} (expected "patterns:" and/or "wrappers:")`, { input: file, line: 1 });
  const items = <S extends z.ZodType>(key: string, schema: S): Array<z.infer<S> & { file: string; line: number }> => {
    const seq = doc.get(key, true);
    if (!isSeq(seq)) return [];
    return seq.items.map((node) => {
      const line = lineCounter.linePos((node as Node).range?.[0] ?? 0).line;
      const r = schema.safeParse((node as Node).toJSON());
      if (!r.success) {
        const issue = r.error.issues[0]!;
        throw new ReadoutError('KB_INVALID', `${key} entry: ${issue.path.join('.') || 'entry'}: ${issue.message}`, { input: file, line });
      }
      return { ...(r.data as object), file, line } as z.infer<S> & { file: string; line: number };
    });
  };
  return { patterns: items('patterns', patternSchema) as Pattern[], wrappers: items('wrappers', wrapperSchema) as Wrapper[], lexicon: top.data.lexicon ?? {} };
}

function compile(patterns: Pattern[], wrappers: Wrapper[], files: string[]): Omit<PatternSet, LexiconKey | 'dyadicPatterns'> {
  const set: Omit<PatternSet, LexiconKey | 'dyadicPatterns'> = { patterns, wrappers, byVerb: new Map(), byNoun: new Map(), wrapperByVerb: new Map(), wrapperByNoun: new Map(), modalWrappers: new Map(), wrapperBySoloVerb: new Map(), needsTarget: new Set(patterns.filter((p) => p.needsTarget).map((p) => p.id)), files };
  const add = <T>(map: Map<string, T[]>, key: string, v: T) => { const list = map.get(key); if (list) list.push(v); else map.set(key, [v]); };
  for (const p of patterns) {
    for (const v of p.verbs ?? []) add(set.byVerb, v.split(' ')[0]!, p);
    for (const n of p.nouns ?? []) add(set.byNoun, n.split(' ').at(-1)!, p);
  }
  for (const w of wrappers) {
    for (const v of w.verbs ?? []) set.wrapperByVerb.set(v, w);
    for (const n of w.nouns ?? []) set.wrapperByNoun.set(n, w);
    for (const m of w.modal ?? []) set.modalWrappers.set(m, w);
    for (const v of w.soloVerbs ?? []) set.wrapperBySoloVerb.set(v, w);
  }
  return set;
}
