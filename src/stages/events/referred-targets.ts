import type { Entity, ReadoutDocument, ReadoutEvent } from '../../document/schema.js';
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
 * another actor; with none, for references marked `speakers`, the coded speaker of the nearest quote
 * before it in the same span (the accusations were words: "'Kabul sabotages the talks,' the Taliban chief
 * said. A spokesman rejected the accusations"). Events are in text order; the candidates run alongside them.
 */
export function referredTargets(kept: ReadonlyArray<readonly [Candidate, ReadoutEvent]>, doc: Pick<ReadoutDocument, 'sentences' | 'quotes' | 'entities'>, references: ReadonlyMap<string, EventReference>): void {
  if (references.size === 0) return;
  const sentenceIndex = new Map(doc.sentences.map((s, i) => [s.id, i]));
  for (const [k, [c, e]] of kept.entries()) {
    if (e.target !== null) continue;
    const ref = c.clause.args.map((a) => referenceOf(a.text, references)).find((r) => r !== undefined);
    if (!ref) continue;
    const at = sentenceIndex.get(e.sentence) ?? 0;
    let earlierAct = false;
    for (let j = k - 1; j >= 0 && !earlierAct; j--) {
      const [, earlier] = kept[j]!;
      const gap = at - (sentenceIndex.get(earlier.sentence) ?? 0);
      if (gap > SENTENCES_BACK) break;
      if (!ref.roots.includes(earlier.cameo.root) || earlier.evidence[0]!.start >= e.evidence[0]!.start) continue;
      earlierAct = true;
      if (earlier.source.actor && earlier.source.actor !== e.source.actor) refer(e, { ...earlier.source });
    }
    if (earlierAct || !ref.speakers) continue;
    const speaker = quotedBefore(e, doc.sentences[Math.max(0, at - SENTENCES_BACK)]?.start ?? 0, doc);
    if (speaker?.actor && speaker.actor.code !== e.source.actor) refer(e, { entity: speaker.id, actor: speaker.actor.code, text: speaker.name });
  }
}

function refer(e: ReadoutEvent, target: NonNullable<ReadoutEvent['target']>): void {
  e.target = target;
  e.rule = `${e.rule}+referred`;
}

/** The speaker of the last quote that ends before the event and starts at or after `from`. */
function quotedBefore(e: ReadoutEvent, from: number, doc: Pick<ReadoutDocument, 'quotes' | 'entities'>): Entity | undefined {
  const at = e.evidence[0]!.start;
  const quote = doc.quotes.filter((q) => q.start >= from && q.end <= at && q.speaker).at(-1);
  return quote ? doc.entities.find((x) => x.id === quote.speaker) : undefined;
}

function referenceOf(text: string, references: ReadonlyMap<string, EventReference>): EventReference | undefined {
  const head = DEFINITE.exec(text.trim())?.[1];
  return head ? references.get(head.toLowerCase()) : undefined;
}
