import type { Clause, ClauseArg, ReadoutDocument } from '../../document/schema.js';
import type { Stage } from '../../pipeline/stage.js';
import { buildClauses, type RawClause } from './build-clauses.js';
import { releaseView, viewOf, viewScratch, type SentenceView } from './sentence-view.js';

/** Sentences longer than this many tokens are analysed in windows (guards pathological input). */
const MAX_SENTENCE_TOKENS = 200;

/** Clause analysis without a parser: verb groups, noun phrases and roles from wink's POS tags. */
export const clausesStage: Stage<'clauses'> = {
  name: 'clauses',
  needs: ['sentences', 'tokens'],
  adds: ['clauses'],
  run(doc) {
    return { clauses: analyseClauses(doc) };
  },
};

export function analyseClauses(doc: Pick<ReadoutDocument, 'text' | 'tokens' | 'sentences'>): Clause[] {
  const out: Clause[] = [];
  const scratch = viewScratch(doc.tokens.length);
  for (const s of doc.sentences) {
    const question = endsWithQuestion(doc.text, s.start, s.end);
    for (let from = s.tokens[0]; from < s.tokens[1]; from += MAX_SENTENCE_TOKENS) {
      const v = viewOf(doc.text, doc.tokens, from, Math.min(s.tokens[1], from + MAX_SENTENCE_TOKENS), scratch);
      const raw = buildClauses(v);
      const base = out.length;
      for (const c of raw) out.push(toClause(v, c, clauseId(out.length), s.id, question, base));
      releaseView(v);
    }
  }
  return out;
}

/** The sentence ends with a question mark, closing quotes and brackets aside (read backwards: no copy of the sentence). */
function endsWithQuestion(text: string, start: number, end: number): boolean {
  let k = end - 1;
  while (k >= start && CLOSERS.includes(text[k]!)) k--;
  return k >= start && text[k] === '?';
}

const CLOSERS = `"'”’)]`;

/** Clause ids ("c1", "c2"...) by index, made once for every document. */
const CLAUSE_IDS: string[] = [];

function clauseId(index: number): string {
  for (let n = CLAUSE_IDS.length; n <= index; n++) CLAUSE_IDS.push(`c${n + 1}`);
  return CLAUSE_IDS[index]!;
}

/** Rules of verb clauses by form, without and with a copula. */
const VERB_RULES: Record<RawClause['group']['form'], [string, string]> = {
  finite: ['clause.finite', 'clause.finite.copula'],
  infinitive: ['clause.infinitive', 'clause.infinitive.copula'],
  gerund: ['clause.gerund', 'clause.gerund.copula'],
  participle: ['clause.participle', 'clause.participle.copula'],
};

function toClause(v: SentenceView, c: RawClause, id: string, sentence: string, question: boolean, base: number): Clause {
  const span = (a: number, b: number) => ({ start: v.tokens[a]!.start, end: v.tokens[b - 1]!.end });
  // object literals without spreads or destructuring: this runs for every argument of every clause
  const args: ClauseArg[] = [];
  for (const x of c.args) {
    const start = v.tokens[x.a]!.start;
    const end = v.tokens[x.b - 1]!.end;
    const parts: ClauseArg['parts'] = [];
    for (const part of x.parts) parts.push(span(part[0], part[1]));
    args.push({
      start, end, text: v.text.slice(start, end), role: x.role, prep: x.prep, head: v.lemmas[x.head]!,
      parts, inherited: x.inherited === null ? null : clauseId(base + x.inherited),
    });
  }
  const g = c.group;
  let start = v.tokens[g.a]!.start;
  let end = v.tokens[g.b - 1]!.end;
  for (const x of args) {
    if (x.inherited !== null) continue;
    if (x.start < start) start = x.start;
    if (x.end > end) end = x.end;
  }
  return {
    id, start, end, text: v.text.slice(start, end), sentence,
    kind: c.kind,
    head: { start: v.tokens[g.head]!.start, end: v.tokens[g.head]!.end, text: v.text.slice(v.tokens[g.head]!.start, v.tokens[g.head]!.end), lemma: v.lemmas[g.head]! },
    particle: g.particle, group: span(g.a, g.b),
    form: c.kind === 'noun' ? 'nominal' : g.form, tense: g.tense, voice: g.voice, negated: g.negated, modal: g.modal, question,
    parent: c.parent === null ? null : clauseId(base + c.parent), link: c.link, args,
    rule: c.kind === 'noun' ? 'clause.nominal' : VERB_RULES[g.form][g.copula ? 1 : 0],
  };
}
