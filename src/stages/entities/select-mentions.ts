import type { KbEntry } from '../../kb/kb-types.js';
import type { Candidates } from '../mentions/find-candidates.js';
import type { Candidate } from '../mentions/candidate.js';
import type { ChosenMention } from './mention.js';
import { MONTHS, WEEKDAYS } from '../times/calendar-words.js';

const PLACE_KINDS = new Set(['city', 'capital']);
const KIND_RANK: Record<string, number> = { body: 1, kb: 0, name: -1 };

/**
 * Chooses among overlapping candidates: longest first (a body pattern over its demonym, "Islamic
 * State Khorasan" over "Islamic State"), then knowledge base over name rules. Ambiguous names
 * ("Jordan") and small cities need support: not inside a longer capitalised name; a city is taken
 * when its country is one the article names, it is large, or it is in the dateline.
 */
export function selectMentions(c: Candidates, articleCountries: ReadonlySet<string>, datelineEnd: number): ChosenMention[] {
  const u = c.units;
  const multiNames = c.names.filter((n) => n.rule === 'name:capitalised-run');
  const insideName = (k: Candidate): boolean => multiNames.some((n) => n.tokStart <= k.tokStart && k.tokEnd <= n.tokEnd);
  const namesEndingAt = new Map<number, Candidate[]>();
  for (const n of c.names) {
    const list = namesEndingAt.get(n.tokEnd);
    if (list) list.push(n);
    else namesEndingAt.set(n.tokEnd, [n]);
  }
  const followsName = (k: Candidate): boolean => followsNameIn(c, namesEndingAt.get(k.tokStart), k);
  // one-word names the article puts in a place's context somewhere (then every mention of them is the place)
  const placedNames = new Set<string>();
  for (const k of c.kb) if (k.tokEnd - k.tokStart === 1 && placeContext(u, k.tokStart, k.tokEnd)) placedNames.add(u.keys[k.tokStart] ?? '');
  const pool: Candidate[] = [];
  for (const k of [...c.kb, ...c.bodies]) {
    if (k.ambiguous && (insideName(k) || followsName(k))) continue;
    if (k.kind === 'kb') {
      const places = k.entries.filter((e) => PLACE_KINDS.has(e.kind));
      if (places.length === k.entries.length) {
        if (followsName(k)) continue;
        const inDateline = u.starts[k.tokStart]! < datelineEnd;
        // a city the news list does not name, under a million people, needs a place's context ("near Sibi", "Kalat district"): "Roy said", "Yao Ming", "in March" are no towns
        const placed = k.tokEnd - k.tokStart > 1 || placedNames.has(u.keys[k.tokStart] ?? '');
        const kept = places.filter((e) => inDateline || e.kind === 'capital' || e.listed
          || ((articleCountries.has(e.country ?? '') || (e.population ?? 0) >= 200_000) && (placed || (e.population ?? 0) >= 1_000_000)));
        if (kept.length === 0) continue;
        pool.push({ ...k, entries: rankPlaces(kept, articleCountries) });
        continue;
      }
    }
    pool.push(k);
  }
  pool.push(...c.names);
  const taken = new Array<boolean>(u.keys.length).fill(false);
  const chosen: ChosenMention[] = [];
  for (const k of byPreference(pool)) {
    let free = true;
    for (let i = k.tokStart; i < k.tokEnd; i++) if (taken[i]) { free = false; break; }
    if (!free) continue;
    for (let i = k.tokStart; i < k.tokEnd; i++) taken[i] = true;
    chosen.push({
      kind: k.kind === 'body' ? 'body' : k.kind === 'name' ? 'name' : 'kb',
      tokStart: k.tokStart, tokEnd: k.tokEnd, rule: k.rule, entries: k.entries,
      country: k.country, sector: k.sector, title: null, descriptor: null,
    });
  }
  return chosen.sort((a, b) => a.tokStart - b.tokStart);
}

/**
 * Longest first, then knowledge base over name rules, then text order (a stable sort: ties keep
 * the pool's order). The comparison reads numbers set out beforehand: candidates come in several
 * shapes, and reading their fields in every comparison was a tenth of the choice.
 */
function byPreference(pool: readonly Candidate[]): Candidate[] {
  const length = pool.map((k) => k.tokEnd - k.tokStart);
  const rank = pool.map((k) => KIND_RANK[k.kind] ?? 0);
  const start = pool.map((k) => k.tokStart);
  const order = pool.map((_, i) => i).sort((a, b) => length[b]! - length[a]! || rank[b]! - rank[a]! || start[a]! - start[b]!);
  return order.map((i) => pool[i]!);
}

/** A single place word right after an unknown capitalised word is a surname ("Michael Jordan", "George Washington"). */
function followsNameIn(c: Candidates, names: readonly Candidate[] | undefined, k: Candidate): boolean {
  if (k.tokEnd - k.tokStart !== 1 || !names) return false;
  return names.some((n) => n.tokEnd === k.tokStart && c.units.ends[n.tokEnd - 1] !== c.units.starts[k.tokStart] && c.units.sentenceStart[k.tokStart] !== k.tokStart && n.tokEnd - n.tokStart >= 1 && c.units.pos[n.tokStart] === 'PROPN' && !c.units.surfaces[n.tokEnd - 1]!.endsWith('.'));
}

/** Words before a place name that say it is one ("in", "near", "Balochistan's") and place nouns after it ("Kalat district", "Gwadar port"). */
const PLACE_BEFORE = new Set(['in', 'at', 'near', 'to', 'from', 'outside', 'into', 'around', 'across', 'toward', 'towards', 'via', 'of', 'between', 'inside', "'s"]);
const PLACE_AFTER = new Set(['district', 'province', 'port', 'region', 'town', 'city', 'county', 'state', 'area', 'village', 'prefecture', 'governorate', 'airport', 'camp', 'border', 'crossing', 'island', 'bay']);
const CALENDAR = new Set([...MONTHS, ...WEEKDAYS]);

/**
 * A one-word place name in a place's context: after a locative word or a region's possessive, before a
 * place noun or ", Region"; never a month or a day, and never next to another capitalised word ("Yao Ming",
 * "Leiden University").
 */
function placeContext(u: Candidates['units'], a: number, b: number): boolean {
  if (CALENDAR.has(u.keys[a] ?? '')) return false;
  if (b < u.keys.length && u.sentenceStart[b] !== b && u.isCapitalised(b)) return false;
  const before = a > 0 && u.sentenceStart[a] !== a ? u.keys[a - 1] : null;
  if (before && PLACE_BEFORE.has(before)) return true;
  const after = b < u.keys.length ? u.keys[b] : null;
  if (after && PLACE_AFTER.has(after)) return true;
  return u.surfaces[b] === ',' && b + 1 < u.keys.length && u.isCapitalised(b + 1);
}

/**
 * Places with the same name: a city the news list names (variants.yaml: Geneva in Switzerland, not Geneva,
 * Illinois, in a story that mentions the United States), then those in the article's countries, then by population.
 */
function rankPlaces(entries: KbEntry[], countries: ReadonlySet<string>): KbEntry[] {
  return [...entries].sort((a, b) => Number(!!b.listed) - Number(!!a.listed) || Number(countries.has(b.country ?? '')) - Number(countries.has(a.country ?? '')) || (b.population ?? 0) - (a.population ?? 0));
}

/** Countries the article names (countries, demonyms, bodies) and its dateline place's country. */
export function articleCountriesOf(c: Candidates): Set<string> {
  const out = new Set<string>();
  for (const k of [...c.kb, ...c.bodies]) {
    if (k.ambiguous) continue;
    // (a capital that shares its name with a city elsewhere names neither country: "Tripoli" in a story about Lebanon)
    const shared = k.entries.some((e) => e.kind === 'capital') && k.entries.some((e) => PLACE_KINDS.has(e.kind) && e.country !== k.entries[0]!.country);
    for (const e of k.entries) if ((e.kind === 'country' || e.kind === 'demonym' || e.kind === 'gov-body' || (e.kind === 'capital' && !shared)) && e.country) out.add(e.country);
  }
  return out;
}
