import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CountryInfo, EntryName, KbEntry, KbSources } from './kb-types.js';
import { worldCountriesPath } from './kb-paths.js';
import { listKbFiles } from './load-kb.js';
import { nameWords } from './name-words.js';
import { liteName } from './normalise.js';

/** Bump when the cached shape or the loader's meaning changes. */
const CACHE_VERSION = 7;

/**
 * YAML parsing is the slow part of loading (about 1 ms per kB), then normalising tens of thousands
 * of city names. A validated load is cached in the system temp folder with every name's word keys
 * computed and cities in a compact row form, keyed by every source file's path, size and
 * modification time, the world-countries file and CACHE_VERSION: any change to a file reloads.
 */
export function cacheKey(dirs: readonly string[]): string {
  const h = createHash('sha1').update(`v${CACHE_VERSION}`);
  const files = [worldCountriesPath(), ...dirs.flatMap((d) => listKbFiles(d).map((f) => f.file))];
  for (const f of files) {
    const st = statSync(f);
    h.update(`${f}\0${st.size}\0${st.mtimeMs}\n`);
  }
  return h.digest('hex').slice(0, 16);
}

function cachePath(key: string): string {
  return join(tmpdir(), 'readout-kb-cache', `${key}.json`);
}

type CityRow = [string, string, string, number, number, number, 0 | 1, string];

interface Cached {
  entries: KbEntry[];
  /** id, name, country, lat, lon, population, capital?, source */
  cities: CityRow[];
  /** entry index (entries then cities), text (when needed: case-sensitive or one word "The X"), keys joined by spaces, flags (1 case-sensitive, 2 ambiguous), light key of one-word names */
  names: Array<[number, string, string, number, string]>;
  patterns: KbSources['patterns'];
  roleWords: KbSources['roleWords'];
  countries: Array<[string, CountryInfo]>;
  files: string[];
}

export function readCache(key: string): KbSources | null {
  let data: Cached;
  try {
    data = JSON.parse(readFileSync(cachePath(key), 'utf8')) as Cached;
  } catch {
    return null;
  }
  const all: KbEntry[] = [...data.entries];
  for (const [id, name, country, lat, lon, population, capital, source] of data.cities) {
    const feature = capital ? 'capital' : 'city';
    all.push({ id, name, type: 'GPE', kind: feature, actor: { code: country, country, sector: null }, country, geo: { lat, lon, country, feature }, population, source });
  }
  const names: EntryName[] = new Array(data.names.length);
  for (let i = 0; i < data.names.length; i++) {
    const [idx, text, keys, flags, lite] = data.names[i]!;
    const oneWord = keys.indexOf(' ') < 0;
    names[i] = { entry: all[idx]!, text, caseSensitive: (flags & 1) === 1, keys: oneWord ? [keys] : keys.split(' '), ambiguous: (flags & 2) === 2, lite: oneWord && text === '' ? lite : undefined };
  }
  return { entries: new Map(all.map((e) => [e.id, e])), names, patterns: data.patterns, roleWords: data.roleWords, countries: new Map(data.countries), files: data.files };
}

export function writeCache(key: string, s: KbSources): void {
  const index = new Map<string, number>();
  const entries: KbEntry[] = [];
  const cities: CityRow[] = [];
  const isCity = (e: KbEntry): boolean => (e.kind === 'city' || e.kind === 'capital') && e.geo !== null && e.population !== undefined;
  for (const e of s.entries.values()) if (!isCity(e)) { index.set(e.id, entries.length); entries.push(e); }
  for (const e of s.entries.values()) {
    if (!isCity(e)) continue;
    index.set(e.id, entries.length + cities.length);
    cities.push([e.id, e.name, e.country!, e.geo!.lat, e.geo!.lon, e.population!, e.kind === 'capital' ? 1 : 0, e.source]);
  }
  const names: Cached['names'] = [];
  for (const n of s.names) {
    const i = index.get(n.entry.id);
    const keys = nameWords(n.text).map((w) => w.key);
    if (i === undefined || keys.length === 0) continue;
    const needsText = n.caseSensitive || (keys.length === 1 && n.entry.type === 'ORG' && /^the\s/i.test(n.text));
    names.push([i, needsText ? n.text : '', keys.join(' '), (n.caseSensitive ? 1 : 0) | (n.ambiguous ? 2 : 0), keys.length === 1 ? liteName(nameWords(n.text)[0]!.surface) : '']);
  }
  const data: Cached = { entries, cities, names, patterns: s.patterns, roleWords: s.roleWords, countries: [...s.countries], files: s.files };
  try {
    const path = cachePath(key);
    mkdirSync(join(tmpdir(), 'readout-kb-cache'), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(data));
    renameSync(tmp, path);
  } catch {
    // A cache that cannot be written only costs time.
  }
}
