import type { Dateline } from '../document/schema.js';

/*
 * Wire datelines at the start of a body:
 *   "ERBIL, Kurdistan Region of Iraq — ", "BAGHDAD (Reuters) - ", "Damascus, Syria: ",
 *   "KYIV, Ukraine (AP) — ", "BAGHDAD, Dec 30 (Reuters) - ", "WASHINGTON — ".
 * The recorded span covers the place part only (so the place entity can share it).
 */
const WORD = String.raw`[\p{Lu}][\p{L}.'’]*`;
const PARTICLE = String.raw`(?:of|al|el|de|the|du|la|le|upon|on)`;
const COMPONENT = String.raw`${WORD}(?:[ -](?:${PARTICLE}|${WORD}))*`;
const DAY = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}`;
const DATELINE = new RegExp(
  String.raw`^(${COMPONENT}(?:, (?!${DAY})${COMPONENT}){0,3})(?:, ${DAY})?` +
    String.raw`(?: ?\((\p{Lu}[\p{L} .&-]{0,30})\))?` +
    String.raw`(?:\s*(—|–|--|-)|(:))[ \t]+`,
  'u',
);

export interface DatelineMatch {
  dateline: Dateline;
}

/** Finds a dateline at `offset` in `text`, or null. */
export function findDateline(text: string, offset = 0): DatelineMatch | null {
  const head = text.slice(offset, offset + 160);
  const m = DATELINE.exec(head);
  if (!m) return null;
  const place = m[1]!;
  const agency = m[2] ?? null;
  const colon = m[4] !== undefined;
  const components = place.split(', ');
  const first = components[0]!;
  const allCaps = first === first.toUpperCase() && /\p{Lu}{2}/u.test(first);
  const words = place.split(/\s+/).length;
  if (place.length > 80) return null;
  // A mixed-case single place needs a dash and at most three words ("Kyiv —"); a colon needs a comma or capitals.
  const plausible = allCaps || agency !== null || components.length > 1 || (!colon && words <= 3);
  if (!plausible) return null;
  if (colon && !allCaps && components.length < 2) return null;
  return {
    dateline: { start: offset, end: offset + place.length, text: place, place: null, agency, bodyStart: offset + m[0].length },
  };
}
