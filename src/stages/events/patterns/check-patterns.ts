import { tokenStartingAt } from '../../../document/first-index.js';
import { newDocument } from '../../../document/new-document.js';
import type { ReadoutDocument } from '../../../document/schema.js';
import type { PipelineContext } from '../../../pipeline/context.js';
import { analyseClauses } from '../../clauses/clauses-stage.js';
import { segmentStage } from '../../segment/segment-stage.js';
import { findWrapper } from '../wrappers.js';
import { indexClauses, matchClause } from './match-clause.js';
import type { PatternSet } from './pattern-schema.js';

export interface ExampleProblem { id: string; file: string; line: number; example: string; problem: string }

/** A bare document (segmented, clauses analysed) for one sentence: enough to match patterns. */
export function sentenceDocument(text: string, ctx: PipelineContext, published: string | null = null): ReadoutDocument {
  const doc = newDocument({ id: 'sentence', title: null, source: null, url: null, author: null, published, publishedFrom: published ? 'option' : 'none', input: null, format: 'text', dateline: null }, text);
  Object.assign(doc, segmentStage.run(doc, ctx));
  doc.clauses = analyseClauses(doc);
  return doc;
}

/** Every pattern's and wrapper's example must fire it: the first test of a user's pattern file. */
export function checkExamples(set: PatternSet, ctx: PipelineContext, only?: Set<string>): ExampleProblem[] {
  const problems: ExampleProblem[] = [];
  for (const p of set.patterns) {
    if (only && !only.has(p.file)) continue;
    const doc = sentenceDocument(p.example, ctx);
    const idx = indexClauses(doc.clauses);
    const tried = doc.clauses.flatMap((c) => matchClause(c, idx, set, doc.text)).filter((t) => t.pattern.id === p.id);
    if (!tried.some((t) => t.ok)) {
      problems.push({ id: p.id, file: p.file, line: p.line, example: p.example, problem: tried.length ? `did not fire: ${[...new Set(tried.map((t) => t.reason))].join('; ')}` : 'no clause has one of its verbs or nouns as head' });
    }
  }
  for (const w of set.wrappers) {
    if (only && !only.has(w.file)) continue;
    const doc = sentenceDocument(w.example, ctx);
    const idx = indexClauses(doc.clauses);
    const tokenAt = tokenStartingAt(doc.tokens);
    if (!doc.clauses.some((c) => findWrapper(c, idx, set, doc, tokenAt)?.wrapper.id === w.id)) {
      problems.push({ id: w.id, file: w.file, line: w.line, example: w.example, problem: 'the wrapper does not wrap any clause of its example' });
    }
  }
  return problems;
}
