import type { ReadoutDocument, ReadoutEvent } from '../../document/schema.js';
import type { Candidate } from './build-events.js';
import type { EventReference } from './patterns/pattern-schema.js';

/** "the call", "these accusations", "the U.S. proposal": a definite noun phrase, up to two words before its head. */
const DEFINITE = /^(?:the|this|that|these|those)\s+(?:[\w.-]+\s+){0,2}([a-z]+)$/i;
/** How many sentences before the referring one are searched for the act it refers to. */
const SENTENCES_BACK = 1;

/**
 * "Council members Greece and Panama supported the call", "A spokesman rejected the accusations": an act
 * aimed at an earlier act named by a definite noun (lexicon `eventReferences`: call -> appeals 02,
 * accusation -> 11...) is aimed at whoever made it. With no target of its own, the event takes the source
 * of the nearest earlier event of those roots in its sentence or the one before, when that source is
 * another actor. Events are in text order; the candidates run alongside them.
 */
export function referredTargets(kept: ReadonlyArray<readonly [Candidate, ReadoutEvent]>, doc: Pick<ReadoutDocument, 'sentences'>, references: ReadonlyMap<string, EventReference>): void {
  if (references.size === 0) return;
  const sentenceIndex = new Map(doc.sentences.map((s, i) => [s.id, i]));
  for (const [k, [c, e]] of kept.entries()) {
    if (e.target !== null) continue;
    const ref = c.clause.args.map((a) => referenceOf(a.text, references)).find((r) => r !== undefined);
    if (!ref) continue;
    const at = sentenceIndex.get(e.sentence) ?? 0;
    for (let j = k - 1; j >= 0; j--) {
      const [, earlier] = kept[j]!;
      const gap = at - (sentenceIndex.get(earlier.sentence) ?? 0);
      if (gap > SENTENCES_BACK) break;
      if (!ref.roots.includes(earlier.cameo.root) || earlier.evidence[0]!.start >= e.evidence[0]!.start) continue;
      if (earlier.source.actor && earlier.source.actor !== e.source.actor) {
        e.target = { ...earlier.source };
        e.rule = `${e.rule}+referred`;
      }
      break;
    }
  }
}

function referenceOf(text: string, references: ReadonlyMap<string, EventReference>): EventReference | undefined {
  const head = DEFINITE.exec(text.trim())?.[1];
  return head ? references.get(head.toLowerCase()) : undefined;
}
