import type { Candidate } from './candidate.js';
import type { WordUnits } from './word-units.js';
import { MONTHS, WEEKDAYS } from '../times/calendar-words.js';

/** Lower-case particles that may sit inside a name: Osama bin Laden, Abu Bakr, Ursula von der Leyen. */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'ben', 'abu', 'abd', 'de', 'del', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'dos', 'das', 'ould']);
/** Capitalised words that never start or make a name on their own. */
const NOT_NAMES = new Set([
  ...WEEKDAYS, ...MONTHS,
  'mr', 'mrs', 'ms', 'dr', 'sir', 'i', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'you',
  'his', 'her', 'their', 'our', 'its', 'in', 'on', 'at', 'for', 'but', 'and', 'or', 'if', 'when', 'while', 'after', 'before',
  'during', 'as', 'with', 'from', 'by', 'to', 'of', 'since', 'soon', 'meanwhile', 'however', 'also', 'there', 'here', 'what', 'who',
  'according', 'earlier', 'later', 'last', 'next', 'some', 'many', 'several', 'both', 'all', 'no', 'not', 'yes', 'now', 'today',
  'yesterday', 'tomorrow', 'officials', 'although', 'though', 'because', 'despite', 'under', 'over', 'about', 'among',
]);
/** Honorifics: a name follows. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'sheikh', 'shikh', 'prince', 'princes', 'king', 'queen', 'emir', 'sultan']);

/**
 * Capitalised runs that no knowledge-base or role candidate covers: possible names of people and
 * organisations not in the knowledge base. `blocked[i]` marks words already taken by other
 * candidates. The first word of a sentence starts a run only when it is a proper noun.
 */
export function findNameRuns(u: WordUnits, blocked: readonly boolean[]): Candidate[] {
  const out: Candidate[] = [];
  const n = u.keys.length;
  const isNameWord = (i: number): boolean => {
    if (blocked[i] || u.keys[i] == null || u.keys[i] === "'s") return false;
    const k = u.keys[i]!;
    if (!u.isCapitalised(i) || NOT_NAMES.has(k)) return false;
    if (u.surfaces[i]!.length > 4 && /^\p{Lu}+$/u.test(u.surfaces[i]!)) return false; // DATELINE CAPS (length first: no regular expression for short words)
    if (u.sentenceStart[i] === i && u.pos[i] !== 'PROPN') return false;
    // "President Moise Shortly before": a capitalised -ly adverb (a missing full stop, a headline) ends a name.
    if (u.pos[i] === 'ADV' && /ly$/.test(k)) return false;
    return true;
  };
  let i = 0;
  while (i < n) {
    if (!isNameWord(i) && !(u.transparent[i] && i + 2 < n && isNameWord(i + 2) && u.keys[i + 1] === '-')) {
      i++;
      continue;
    }
    const start = i;
    let end = i;
    let j = i;
    while (j < n) {
      if (isNameWord(j)) {
        end = ++j;
        continue;
      }
      if ((u.transparent[j] || PARTICLES.has(u.keys[j] ?? '')) && !blocked[j] && !u.isCapitalised(j) && j + 1 < n) {
        let k = j + 1;
        while (k < n && u.transparent[k]) k++;
        if (k < n && isNameWord(k)) {
          j = k;
          continue;
        }
      }
      break;
    }
    let words = 0;
    for (let w = start; w < end; w++) if (!u.transparent[w] && u.keys[w] !== '-' && !PARTICLES.has(u.keys[w] ?? '')) words++;
    if (end > start) out.push({ kind: 'name', tokStart: start, tokEnd: end, rule: words > 1 ? 'name:capitalised-run' : 'name:single', entries: [], country: null, sector: null });
    i = Math.max(end, i + 1);
  }
  return out;
}
