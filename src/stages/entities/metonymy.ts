import type { Token } from '../../document/schema.js';
import type { WordUnits } from '../mentions/word-units.js';
import type { ChosenMention } from './mention.js';

/** Verbs after a capital that keep it a place ("Damascus became a hotspot"). */
const PLACE_VERBS = new Set(['become', 'remain', 'lie', 'sit', 'look', 'seem', 'stand', 'sprawl', 'lay', 'get', 'turn', 'feel']);
/** Nouns that make "Baghdad was a key backer" an act of the government. */
const AGENT_NOUNS = /^(backer|ally|supporter|partner|sponsor|critic|opponent|mediator|member|party|signatory|enemy|rival|friend|patron|guarantor)s?$/;

/** Nouns after "Baghdad's" that keep it a place (normalised keys). */
const PLACE_NOUNS = /^(stret|streets|stre?ts?|outskirts|airport|center|centre|neighbo?rho?ds?|districts?|suburbs?|mayor|governor|residents|population|skyline|old|downtown|hospitals?|markets?|university|citadel|municipality|province|region|area|areas|south|north|east|west|metro|river|port|bridges?|squares?|mosques?|churches?|schools?|people|inhabitants|air|water|weather)$/;

/**
 * A capital used for its government: the subject of an act ("Washington imposed", "Moscow has
 * denied"), or "was a key backer". A capital after a preposition or before a place verb stays a place.
 */
export function markMetonyms(u: WordUnits, tokens: readonly Token[], mentions: ChosenMention[]): void {
  for (const m of mentions) placeAfterPreposition(tokens, m);
  for (const m of mentions) {
    if (m.kind !== 'kb' || m.entries[0]?.kind !== 'capital') continue;
    let i = m.tokEnd;
    if (u.keys[i] === "'s") {
      // "Tehran's support", "Moscow's war" (but "Baghdad's streets").
      const noun = u.keys[i + 1];
      if (noun && tokens[i + 1]?.pos === 'NOUN' && !PLACE_NOUNS.test(noun)) m.metonym = true;
      continue;
    }
    const prev = m.tokStart > 0 ? u.keys[m.tokStart - 1] : null;
    if (prev && tokens[m.tokStart - 1]?.pos === 'ADP') continue;
    if (tokens[i]?.pos === 'ADV') i++;
    const t = tokens[i];
    if (!t || (t.pos !== 'VERB' && t.pos !== 'AUX')) continue;
    if (t.lemma === 'be') {
      for (let j = i + 1; j < Math.min(tokens.length, i + 5); j++) {
        if (AGENT_NOUNS.test(u.keys[j] ?? '')) { m.metonym = true; break; }
      }
      continue;
    }
    let verb = t;
    if (t.pos === 'AUX' && tokens[i + 1]?.pos === 'VERB') verb = tokens[i + 1]!;
    if (!PLACE_VERBS.has(verb.lemma)) m.metonym = true;
  }
}

/**
 * A city listed as a seat of government (countries/extra.yaml `metonyms`: Abidjan, Aden) is read as the
 * government wherever it stands; after a preposition ("protesters gathered in Abidjan") it is the city,
 * when the knowledge base has one of that name.
 */
function placeAfterPreposition(tokens: readonly Token[], m: ChosenMention): void {
  if (m.kind !== 'kb' || m.entries[0]?.kind !== 'metonym' || m.tokStart === 0 || tokens[m.tokStart - 1]?.pos !== 'ADP') return;
  const place = m.entries.findIndex((e) => e.kind === 'city' || e.kind === 'capital');
  if (place <= 0) return;
  m.entries = [m.entries[place]!, ...m.entries.filter((_, k) => k !== place)];
  m.rule = `kb:${m.entries[0]!.kind}:after-preposition`;
}
