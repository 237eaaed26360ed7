import { readFileSync } from 'node:fs';
import type { CountryExtra } from './kb-schemas.js';
import type { CountryInfo, EntryName, KbEntry } from './kb-types.js';
import { worldCountriesPath } from './kb-paths.js';

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  capital?: string[];
  altSpellings?: string[];
  latlng?: [number, number];
  demonyms?: { eng?: { m?: string; f?: string } };
  independent?: boolean;
}

const LATIN = /^[\p{Script=Latin}\p{N}\s\-'’.,()&]+$/u;

/** Reads world-countries from node_modules: every country and territory with names, demonyms, capitals. */
export function readWorldCountries(): Map<string, CountryInfo> {
  const list = JSON.parse(readFileSync(worldCountriesPath(), 'utf8')) as WorldCountry[];
  const out = new Map<string, CountryInfo>();
  for (const c of list) {
    const alt = (c.altSpellings ?? []).filter((s) => s.length > 3 && LATIN.test(s));
    const demonyms = [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d && LATIN.test(d));
    out.set(c.cca3, {
      code: c.cca3,
      name: c.name.common,
      names: unique([c.name.common, c.name.official, ...alt].filter((n) => LATIN.test(n))),
      demonyms: unique(demonyms),
      capitals: (c.capital ?? []).filter((n) => LATIN.test(n)),
      people: [],
      metonyms: [],
      latlng: c.latlng ?? null,
      independent: c.independent ?? false,
    });
  }
  return out;
}

/** Applies data/kb/countries/*.yaml on top: more names, demonyms, capitals; new territories. */
export function applyCountryExtra(countries: Map<string, CountryInfo>, extra: CountryExtra): void {
  const c = countries.get(extra.code) ?? { code: extra.code, name: extra.name ?? extra.code, names: [], demonyms: [], capitals: [], people: [], metonyms: [], latlng: null, independent: true };
  if (extra.name) c.name = extra.name;
  c.names = unique([...c.names, ...(extra.name ? [extra.name] : []), ...extra.names, ...extra.parts]);
  c.people = unique([...c.people, ...extra.people]);
  c.metonyms = unique([...c.metonyms, ...extra.metonyms]);
  c.demonyms = unique([...c.demonyms, ...extra.demonyms]);
  c.capitals = unique([...c.capitals, ...extra.capitals]);
  if (extra.latlng) c.latlng = extra.latlng;
  if (extra.partOf.length > 0) c.partOf = [...extra.partOf].sort((a, b) => a.until.localeCompare(b.until));
  countries.set(c.code, c);
}

/**
 * A demonym several countries share ("American": USA, American Samoa, Northern Mariana Islands)
 * stays with the country whose extra.yaml entry lists it, else with the sovereign states only.
 */
export function settleSharedDemonyms(countries: Map<string, CountryInfo>, claimed: ReadonlyMap<string, string>): void {
  const holders = new Map<string, CountryInfo[]>();
  for (const c of countries.values()) for (const d of c.demonyms) holders.set(d, [...(holders.get(d) ?? []), c]);
  for (const [d, list] of holders) {
    if (list.length < 2) continue;
    const owner = claimed.get(d);
    const keep = owner ? list.filter((c) => c.code === owner) : list.some((c) => c.independent) ? list.filter((c) => c.independent) : list;
    for (const c of list) if (!keep.includes(c)) c.demonyms = c.demonyms.filter((x) => x !== d);
  }
}

/** Country and demonym entries with their names. Capitals come from the gazetteer (places.ts). */
export function countryEntries(countries: Map<string, CountryInfo>, ambiguous: ReadonlySet<string>, caseSensitive: ReadonlySet<string>): { entries: KbEntry[]; names: EntryName[] } {
  const entries: KbEntry[] = [];
  const names: EntryName[] = [];
  for (const c of countries.values()) {
    const geo = c.latlng ? { lat: c.latlng[0], lon: c.latlng[1], country: c.code, feature: 'country' } : null;
    const country: KbEntry = { id: `country-${c.code.toLowerCase()}`, name: c.name, type: 'GPE', kind: 'country', actor: { code: c.code, country: c.code, sector: null }, country: c.code, geo, source: 'world-countries' };
    const demonym: KbEntry = { id: `demonym-${c.code.toLowerCase()}`, name: c.demonyms[0] ?? c.name, type: 'NORP', kind: 'demonym', actor: { code: c.code, country: c.code, sector: null }, country: c.code, geo: null, source: 'world-countries' };
    const people: KbEntry = { id: `people-${c.code.toLowerCase()}`, name: c.people[0] ?? c.name, type: 'NORP', kind: 'nationals', actor: { code: c.code, country: c.code, sector: null }, country: c.code, geo: null, source: 'world-countries' };
    const seat: KbEntry = { id: `seat-${c.code.toLowerCase()}`, name: c.metonyms[0] ?? c.name, type: 'ORG', kind: 'metonym', actor: { code: `${c.code}GOV`, country: c.code, sector: 'GOV' }, country: c.code, geo: null, source: 'world-countries' };
    entries.push(country, demonym, people, seat);
    const push = (entry: KbEntry, n: string): void => {
      names.push({ entry, text: n, caseSensitive: caseSensitive.has(n) || isAcronym(n), ...(ambiguous.has(n) ? { ambiguous: true } : {}) });
    };
    c.names.forEach((n) => push(country, n));
    c.demonyms.forEach((n) => push(demonym, n));
    c.people.forEach((n) => push(people, n));
    c.metonyms.forEach((n) => push(seat, n));
  }
  return { entries, names };
}

/** Short all-capital names (US, UAE, DRC) match only in capitals. */
export function isAcronym(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '');
  return letters.length <= 4 && letters === letters.toUpperCase();
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
