import type { Entity, Quote, ReadoutEvent } from '../../document/schema.js';
import type { ScreenWords } from './screen-context.js';

/**
 * Screens on who acts, applied to built events (events-stage.ts): a news outlet, an uncoded commentator, a
 * pronoun target nobody can be, an actor acting on itself. The screens on what a clause tells are in
 * screen-events.ts.
 */

const PRONOUN = /^(he|she|it|they|we|i|you|his|her|its|their|our|them|him|us)$/i;

/**
 * A news outlet reports, it does not act: a pronoun resolved to one ("they" = VOA after "told VOA"), or an
 * outlet as the source of a material act (quad classes 2 and 4: "Survivors told VOA the attackers ..., shooting many");
 * nor is it asked or told to act (an appeal or a demand aimed at an outlet is an interview).
 */
export function pronounIsOutlet(e: ReadoutEvent): boolean {
  const outlet = !!e.source.actor && /MED/.test(e.source.actor.slice(3));
  // "a VOA inquiry": a news outlet's inquiries are its reporting, not an investigation (09).
  // ("a VOA request for comment" is reporting too: no appeal, 02)
  // "told VOA the U.N. must ...": an outlet told is the channel of a statement, not whom an appeal or a demand is made to.
  const toldOutlet = !!e.target?.actor && /MED/.test(e.target.actor.slice(3)) && (e.cameo.root === '02' || e.cameo.root === '10');
  return toldOutlet || (outlet && (PRONOUN.test(e.source.text.trim()) || e.cameo.quadClass === 2 || e.cameo.quadClass === 4 || e.cameo.root === '09' || e.cameo.root === '02'));
}

/**
 * Commentary: an act told only inside the words of a person the knowledge base cannot code (an analyst, a
 * researcher, a witness) and who takes no part in it ("Russia annexed the region from China," the historian
 * said; "the two leaders will meet," an expert said) is that person's reading, not an act reported by a party
 * to it or by an official; sources that code (officials, governments, groups) keep their quoted acts, and so
 * does an act whose source is a pronoun (it may stand for the speaker's own side: "X said they attempted").
 */
export function isCommentary(e: ReadoutEvent, quotes: ReadonlyMap<string, Quote>, entities: ReadonlyMap<string, Entity>, words: ScreenWords): boolean {
  const q = e.quote ? quotes.get(e.quote) : undefined;
  const speaker = q?.speaker ? entities.get(q.speaker) : undefined;
  return !!speaker && speaker.type === 'PERSON' && speaker.actor === null && speaker.id !== e.source.entity && speaker.id !== e.target?.entity
    && !words.body.test(q?.speakerText ?? '') && !PRONOUN.test(e.source.text.trim());
}

/**
 * A target that is a pronoun with no sure antecedent ("he was criticized by ...", "to pressure them") leaves
 * the act aimed at nobody known: like a source in the same case, the event is not reported.
 */
export function targetIsUnresolvedPronoun(e: ReadoutEvent): boolean {
  return !!e.target && unresolvedPronoun(e.target);
}

/** A participant that is a pronoun no antecedent was found for. */
export const unresolvedPronoun = (r: { actor: string | null; entity: string | null; text: string }): boolean =>
  r.actor === null && r.entity === null && PRONOUN.test(r.text.trim());

/** Same actor on both sides of an act that is not domestic: a misread source or target. */
export function actsOnItself(e: ReadoutEvent, domesticRoots: ReadonlySet<string>): boolean {
  if (!e.source.actor || e.source.actor !== e.target?.actor || domesticRoots.has(e.cameo.root)) return false;
  // Fighting inside one country ("gunmen in Romania attacked a police station") is domestic too, unless both sides are one entity.
  return !(e.cameo.root === '19' && (e.target.entity === null || e.source.entity !== e.target.entity));
}
