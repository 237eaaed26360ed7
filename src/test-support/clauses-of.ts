import { newDocument } from '../document/new-document.js';
import type { Clause } from '../document/schema.js';
import { checkSpans } from '../document/span-check.js';
import { parseText } from '../ingest/parse-text.js';
import type { PipelineContext } from '../pipeline/context.js';
import { clausesStage } from '../stages/clauses/clauses-stage.js';
import { segmentStage } from '../stages/segment/segment-stage.js';

/** The clauses of a text (segment and clauses stages only); throws when a span is off. */
export function clausesOf(ctx: PipelineContext, raw: string): Clause[] {
  const { article, text } = parseText(raw, 'test', {}, { maxBytes: 1e7, date: null });
  const doc = newDocument(article, text);
  Object.assign(doc, segmentStage.run(doc, ctx));
  Object.assign(doc, clausesStage.run(doc, ctx));
  const problems = checkSpans(doc);
  if (problems.length > 0) throw new Error(`span problems: ${JSON.stringify(problems)}`);
  return doc.clauses;
}
