import { basename } from 'node:path';
import { readFileSync } from 'node:fs';
import type { CityVariant } from './kb-schemas.js';
import type { CountryInfo, EntryName, KbEntry } from './kb-types.js';
import { nameKey } from './name-words.js';
import type { KbProblem } from './yaml-file.js';

const HEADER = ['name', 'ascii_name', 'country', 'lat', 'lon', 'population', 'alt_names'];

/**
 * Reads a gazetteer TSV (data/kb/places/cities.tsv, built by scripts/build-gazetteer.mjs):
 * name, ascii_name, country (alpha-3), lat, lon, population, alt_names (`|`-separated).
 * A city whose name is one of its country's capitals becomes kind "capital".
 */
export function readCitiesTsv(file: string, countries: ReadonlyMap<string, CountryInfo>, problems: KbProblem[]): { entries: KbEntry[]; names: EntryName[] } {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  let first = 0;
  while (first < lines.length && lines[first]!.startsWith('#')) first++;
  const header = lines[first]?.split('\t') ?? [];
  if (HEADER.some((h, i) => header[i] !== h)) {
    problems.push({ file, line: first + 1, message: `expected the header ${HEADER.join('<TAB>')}` });
    return { entries: [], names: [] };
  }
  const capitalKeys = new Map<string, Set<string>>();
  for (const c of countries.values()) capitalKeys.set(c.code, new Set(c.capitals.map(nameKey)));
  const entries: KbEntry[] = [];
  const names: EntryName[] = [];
  const seen = new Set<string>();
  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '' || line.startsWith('#')) continue;
    const f = line.split('\t');
    const lat = Number(f[3]);
    const lon = Number(f[4]);
    const population = Number(f[5]);
    if (f.length < 6 || !f[0] || !/^[A-Z]{3}$/.test(f[2] ?? '') || !Number.isFinite(lat) || !Number.isFinite(lon) || !Number.isFinite(population)) {
      problems.push({ file, line: i + 1, message: 'expected name, ascii_name, country (3 letters), lat, lon, population, alt_names' });
      continue;
    }
    const country = f[2]!;
    const key = nameKey(f[0]);
    let id = `city-${country.toLowerCase()}-${slug(f[1] || f[0])}`;
    if (seen.has(id)) id = `${id}-${i}`;
    seen.add(id);
    const isCapital = capitalKeys.get(country)?.has(key) || capitalKeys.get(country)?.has(nameKey(f[1] ?? '')) || false;
    const entry: KbEntry = {
      id, name: f[0], type: 'GPE', kind: isCapital ? 'capital' : 'city', actor: { code: country, country, sector: null },
      country, geo: { lat, lon, country, feature: isCapital ? 'capital' : 'city' }, population, source: `${basename(file)}:${i + 1}`,
    };
    entries.push(entry);
    const all = new Set([f[0], f[1] ?? '', ...(f[6] ? f[6].split('|') : [])].filter(Boolean));
    for (const n of all) names.push({ entry, text: n, caseSensitive: false });
  }
  return { entries, names };
}

/** Adds the spellings of data/kb/places/variants*.yaml to the largest city of that name in its country, marks it `listed` and names it by the list's spelling. */
export function applyCityVariants(cities: { entries: KbEntry[]; names: EntryName[] }, variants: readonly CityVariant[]): void {
  const index = new Map<string, KbEntry>();
  for (const e of cities.entries) {
    const k = `${e.country}|${nameKey(e.name)}`;
    const prev = index.get(k);
    if (!prev || (e.population ?? 0) > (prev.population ?? 0)) index.set(k, e);
  }
  for (const v of variants) {
    const entry = [v.name, ...v.variants].map((n) => index.get(`${v.country}|${nameKey(n)}`)).find(Boolean);
    if (!entry) continue;
    entry.listed = true;
    // the name is the usual English news spelling ("Geneva", not the gazetteer's "Genève")
    entry.name = v.name;
    for (const text of [v.name, ...v.variants]) cities.names.push({ entry, text, caseSensitive: false });
  }
}

/** Capitals from world-countries when no gazetteer is present (coordinates of the country). */
export function fallbackCapitals(countries: ReadonlyMap<string, CountryInfo>): { entries: KbEntry[]; names: EntryName[] } {
  const entries: KbEntry[] = [];
  const names: EntryName[] = [];
  for (const c of countries.values()) {
    for (const cap of c.capitals.slice(0, 1)) {
      const geo = c.latlng ? { lat: c.latlng[0], lon: c.latlng[1], country: c.code, feature: 'capital' } : null;
      const entry: KbEntry = { id: `city-${c.code.toLowerCase()}-${slug(cap)}`, name: cap, type: 'GPE', kind: 'capital', actor: { code: c.code, country: c.code, sector: null }, country: c.code, geo, source: 'world-countries' };
      entries.push(entry);
      for (const n of c.capitals) names.push({ entry, text: n, caseSensitive: false });
    }
  }
  return { entries, names };
}

export function slug(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}
