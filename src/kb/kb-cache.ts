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
const CACHE_VERSION = 12;

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

/**
 * Cities and names are stored in columns (one string of lines per text column, one array per number
 * column): JSON.parse reads a few long strings much faster than tens of thousands of small arrays.
 */
interface Cached {
  entries: KbEntry[];
  /** cities: id, name, country, lat, lon, population, capital (0/1), source file and line */
  cities: { id: string; name: string; country: string; lat: number[]; lon: number[]; population: number[]; capital: number[]; listed: number[]; file: string; line: number[] };
  /** names: entry index (entries then cities), text (when needed: case-sensitive or one word "The X"), keys joined by spaces, flags (1 case-sensitive, 2 ambiguous), light key of one-word names */
  names: { entry: number[]; text: string; keys: string; flags: number[]; lite: string };
  patterns: KbSources['patterns'];
  roleWords: KbSources['roleWords'];
  countries: Array<[string, CountryInfo]>;
  files: string[];
}

/** Lines of a text column; values never hold a newline (names and ids are single-line). */
const column = (s: string, count: number): string[] => (count === 0 ? [] : s.split('\n'));

export function readCache(key: string): KbSources | null {
  let data: Cached;
  try {
    data = JSON.parse(readFileSync(cachePath(key), 'utf8')) as Cached;
  } catch {
    return null;
  }
  const all: KbEntry[] = data.entries;
  const c = data.cities;
  const [ids, cityNames, countries, files] = [c.id, c.name, c.country, c.file].map((col) => column(col, c.line.length)) as [string[], string[], string[], string[]];
  for (let i = 0; i < ids.length; i++) {
    const country = countries[i]!;
    const feature = c.capital[i] ? 'capital' : 'city';
    all.push({
      id: ids[i]!, name: cityNames[i]!, type: 'GPE', kind: feature, actor: { code: country, country, sector: null }, country,
      geo: { lat: c.lat[i]!, lon: c.lon[i]!, country, feature }, population: c.population[i]!, source: `${files[i]}:${c.line[i]}`,
      ...(c.listed[i] ? { listed: true } : {}),
    });
  }
  const n = data.names;
  const [texts, keys, lites] = [n.text, n.keys, n.lite].map((col) => column(col, n.entry.length)) as [string[], string[], string[]];
  const names: EntryName[] = new Array(n.entry.length);
  for (let i = 0; i < names.length; i++) {
    const k = keys[i]!;
    const text = texts[i]!;
    const oneWord = k.indexOf(' ') < 0;
    const flags = n.flags[i]!;
    names[i] = { entry: all[n.entry[i]!]!, text, caseSensitive: (flags & 1) === 1, keys: oneWord ? [k] : k.split(' '), ambiguous: (flags & 2) === 2, lite: oneWord && text === '' ? lites[i] : undefined };
  }
  return { entries: new Map(all.map((e) => [e.id, e])), names, patterns: data.patterns, roleWords: data.roleWords, countries: new Map(data.countries), files: data.files };
}

export function writeCache(key: string, s: KbSources): void {
  const index = new Map<string, number>();
  const entries: KbEntry[] = [];
  const cities: KbEntry[] = [];
  const isCity = (e: KbEntry): boolean => (e.kind === 'city' || e.kind === 'capital') && e.geo !== null && e.population !== undefined && /^[^\n]*:\d+$/.test(e.source);
  for (const e of s.entries.values()) if (!isCity(e)) { index.set(e.id, entries.length); entries.push(e); }
  for (const e of s.entries.values()) {
    if (!isCity(e)) continue;
    index.set(e.id, entries.length + cities.length);
    cities.push(e);
  }
  const sourceAt = (e: KbEntry) => e.source.lastIndexOf(':');
  const lines = (xs: string[]) => xs.join('\n');
  const names: { entry: number[]; text: string[]; keys: string[]; flags: number[]; lite: string[] } = { entry: [], text: [], keys: [], flags: [], lite: [] };
  for (const n of s.names) {
    const i = index.get(n.entry.id);
    const keys = nameWords(n.text).map((w) => w.key);
    if (i === undefined || keys.length === 0) continue;
    const needsText = n.caseSensitive || (keys.length === 1 && n.entry.type === 'ORG' && /^the\s/i.test(n.text));
    names.entry.push(i);
    names.text.push(needsText ? n.text : '');
    names.keys.push(keys.join(' '));
    names.flags.push((n.caseSensitive ? 1 : 0) | (n.ambiguous ? 2 : 0));
    names.lite.push(keys.length === 1 ? liteName(nameWords(n.text)[0]!.surface) : '');
  }
  const textColumns = [cities.map((e) => e.id), cities.map((e) => e.name), cities.map((e) => e.country!), names.text, names.keys, names.lite];
  if (textColumns.some((col) => col.some((x) => x.includes('\n')))) return; // a value with a line break cannot be a line of a column
  const data: Cached = {
    entries,
    cities: {
      id: lines(cities.map((e) => e.id)), name: lines(cities.map((e) => e.name)), country: lines(cities.map((e) => e.country!)),
      lat: cities.map((e) => e.geo!.lat), lon: cities.map((e) => e.geo!.lon), population: cities.map((e) => e.population!),
      capital: cities.map((e) => (e.kind === 'capital' ? 1 : 0)), listed: cities.map((e) => (e.listed ? 1 : 0)), file: lines(cities.map((e) => e.source.slice(0, sourceAt(e)))), line: cities.map((e) => Number(e.source.slice(sourceAt(e) + 1))),
    },
    names: { entry: names.entry, text: lines(names.text), keys: lines(names.keys), flags: names.flags, lite: lines(names.lite) },
    patterns: s.patterns, roleWords: s.roleWords, countries: [...s.countries], files: s.files,
  };
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
