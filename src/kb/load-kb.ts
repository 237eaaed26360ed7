import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { applyCountryExtra, countryEntries, isAcronym, readWorldCountries, settleSharedDemonyms } from './countries.js';
import { ambiguousFormSchema, bodyPatternSchema, cityVariantSchema, codeMapSchema, countryExtraSchema, nonCountrySchema, orgSchema, personSchema, regionCodeSchema, regionSchema, roleWordSchema } from './kb-schemas.js';
import type { CityVariant } from './kb-schemas.js';
import type { EntryName, KbEntry, KbSources } from './kb-types.js';
import { applyCityVariants, fallbackCapitals, readCitiesTsv } from './places.js';
import { readYamlList, readYamlSections, type KbProblem } from './yaml-file.js';

/** What a knowledge-base file holds, from the folder it is in (and, in orgs/, its entries). */
export type FileKind = 'people' | 'orgs' | 'patterns' | 'countries' | 'regions' | 'variants' | 'cities' | 'roles';

/** Every .yaml/.yml/.tsv file under `dir`, sorted, with its kind; unknown folders are skipped. */
export function listKbFiles(dir: string): Array<{ file: string; kind: FileKind }> {
  const out: Array<{ file: string; kind: FileKind }> = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const kind = kindOf(relative(dir, p));
        if (kind) out.push({ file: p, kind });
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

function kindOf(rel: string): FileKind | null {
  const top = rel.split(sep)[0];
  const base = rel.split(sep).at(-1)!;
  if (base.endsWith('.tsv')) return top === 'places' ? 'cities' : null;
  if (!/\.ya?ml$/.test(base)) return null;
  if (top === 'people') return 'people';
  if (top === 'orgs') return /bodies-patterns|gov-bodies/.test(base) ? 'patterns' : 'orgs';
  if (top === 'countries') return 'countries';
  if (top === 'places') return /variant/.test(base) ? 'variants' : 'regions';
  if (top === 'roles') return 'roles';
  return null;
}

/**
 * Loads the knowledge base: world-countries from node_modules, then every folder in `dirs`
 * in order (the project's data/kb first, users' folders after: a later entry with the same id
 * replaces an earlier one). Returns the sources and every problem found, with its line.
 */
export function loadKbSources(dirs: readonly string[]): { sources: KbSources; problems: KbProblem[] } {
  const problems: KbProblem[] = [];
  const files = dirs.flatMap(listKbFiles);
  const countries = readWorldCountries();
  const ambiguous = new Set<string>();
  const caseSensitive = new Set<string>();
  const claimed = new Map<string, string>();
  for (const f of files.filter((x) => x.kind === 'countries')) {
    const { sections, problems: p } = readYamlSections(f.file, { countries: countryExtraSchema, ambiguous: ambiguousFormSchema, codes: codeMapSchema, regionCodes: regionCodeSchema, nonCountries: nonCountrySchema });
    problems.push(...p);
    for (const { value } of sections.countries) {
      applyCountryExtra(countries, value);
      value.demonyms.forEach((d) => claimed.set(d, value.code));
      value.caseSensitive.forEach((n) => caseSensitive.add(n));
    }
    // A demonym two countries share ("Congolese") belongs, with no other clue, to the country its ambiguous entry names.
    sections.ambiguous.forEach(({ value }) => { ambiguous.add(value.form); if (value.code && claimed.has(value.form)) claimed.set(value.form, value.code); });
  }

  settleSharedDemonyms(countries, claimed);
  const byId = new Map<string, { entry: KbEntry; names: EntryName[] }>();
  const put = (entry: KbEntry, names: EntryName[]): void => { byId.set(entry.id, { entry, names }); };
  const fromCountries = countryEntries(countries, ambiguous, caseSensitive);
  groupNames(fromCountries.entries, fromCountries.names, put);

  const cityFiles = files.filter((x) => x.kind === 'cities');
  const variants: CityVariant[] = [];
  for (const f of files.filter((x) => x.kind === 'variants')) {
    const r = readYamlList(f.file, cityVariantSchema);
    problems.push(...r.problems);
    r.entries.forEach(({ value }) => variants.push(value));
  }
  const places = cityFiles.length > 0
    ? cityFiles.map((f) => readCitiesTsv(f.file, countries, problems))
    : [fallbackCapitals(countries)];
  places.forEach((p) => applyCityVariants(p, variants));
  for (const p of places) groupNames(p.entries, p.names, put);

  const patterns: KbSources['patterns'] = [];
  const roleWords: KbSources['roleWords'] = [];
  for (const f of files) {
    if (f.kind === 'people') {
      const r = readYamlList(f.file, personSchema);
      problems.push(...r.problems);
      for (const { value: p, line } of r.entries) {
        const entry: KbEntry = { id: p.id, name: p.name, type: 'PERSON', kind: 'person', actor: null, roles: p.roles, country: p.roles.at(-1)?.country ?? null, geo: null, source: `${f.file}:${line}` };
        put(entry, [p.name, ...p.aliases].map((text) => ({ entry, text, caseSensitive: false })));
      }
    } else if (f.kind === 'orgs') {
      const r = readYamlList(f.file, orgSchema);
      problems.push(...r.problems);
      for (const { value: o, line } of r.entries) {
        const entry: KbEntry = { id: o.id, name: o.name, type: 'ORG', kind: o.kind, actor: o.actor, country: o.actor.country, geo: null, source: `${f.file}:${line}`, ...(o.parent ? { parent: o.parent } : {}), ...(o.codes ? { codes: o.codes } : {}) };
        const cs = new Set(o.caseSensitiveAliases);
        const all = [...new Set([o.name, ...o.aliases, ...o.caseSensitiveAliases])];
        put(entry, all.map((text) => ({ entry, text, caseSensitive: cs.has(text) || (isAcronym(text) && text.length <= 3) })));
      }
    } else if (f.kind === 'patterns') {
      const r = readYamlList(f.file, bodyPatternSchema);
      problems.push(...r.problems);
      r.entries.forEach(({ value, line }) => patterns.push({ value, source: `${f.file}:${line}` }));
    } else if (f.kind === 'regions') {
      const r = readYamlList(f.file, regionSchema);
      problems.push(...r.problems);
      for (const { value: g, line } of r.entries) {
        const entry: KbEntry = { id: g.id, name: g.name, type: 'LOC', kind: 'region', actor: g.country ? { code: g.country, country: g.country, sector: null } : null, country: g.country, geo: { lat: g.lat, lon: g.lon, country: g.country, feature: g.feature }, source: `${f.file}:${line}` };
        const cs = new Set(g.caseSensitiveAliases);
        put(entry, [...new Set([g.name, ...g.aliases, ...g.caseSensitiveAliases])].map((text) => ({ entry, text, caseSensitive: cs.has(text) })));
      }
    } else if (f.kind === 'roles') {
      const r = readYamlList(f.file, roleWordSchema);
      problems.push(...r.problems);
      r.entries.forEach(({ value, line }) => roleWords.push({ value, source: `${f.file}:${line}` }));
    }
  }
  const entries = new Map<string, KbEntry>();
  const names: EntryName[] = [];
  for (const { entry, names: n } of byId.values()) {
    entries.set(entry.id, entry);
    names.push(...n);
  }
  return { sources: { entries, names, patterns, roleWords, countries, files: files.map((f) => f.file) }, problems };
}

function groupNames(entries: KbEntry[], names: EntryName[], put: (e: KbEntry, n: EntryName[]) => void): void {
  const by = new Map<string, EntryName[]>();
  for (const n of names) {
    const list = by.get(n.entry.id) ?? [];
    list.push(n);
    by.set(n.entry.id, list);
  }
  for (const e of entries) put(e, by.get(e.id) ?? []);
}
