import type { ActorCode, BodyPattern, DatedCode, Role, RoleWord } from './kb-schemas.js';

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'FAC';

export interface Geo {
  lat: number;
  lon: number;
  country: string | null;
  feature: string;
}

/** What a knowledge-base entry is; decides how the entities stage treats a match. */
export type EntryKind = 'country' | 'demonym' | 'capital' | 'city' | 'region' | 'person' | 'gov-body' | string;

/** One actor or place of the compiled knowledge base. */
export interface KbEntry {
  id: string;
  name: string;
  type: EntityType;
  kind: EntryKind;
  /** Static code (countries, organisations, bodies); persons are coded from `roles` and the date. */
  actor: ActorCode | null;
  roles?: Role[];
  /** Organisations whose code changed (a rebel group that took power): codes with [from, to). */
  codes?: DatedCode[];
  /** The country a place, demonym or body belongs to. */
  country: string | null;
  geo: Geo | null;
  population?: number;
  /** A city that data/kb/places/variants*.yaml names: one news writes about, preferred over smaller namesakes. */
  listed?: boolean;
  parent?: string;
  /** file:line (or package name) the entry came from. */
  source: string;
}

/** A name of an entry as it enters the matcher. */
export interface EntryName {
  entry: KbEntry;
  text: string;
  caseSensitive: boolean;
  /** A name that is also something else (a person, a word): taken only with support from context. */
  ambiguous?: boolean;
  /** Normalised word keys, when already computed (the cache stores them). */
  keys?: string[];
  /** For one-word names: the light key (case, diacritics, apostrophes), when already computed. */
  lite?: string;
}

/** Everything the loader read, before compilation. */
export interface KbSources {
  entries: Map<string, KbEntry>;
  names: EntryName[];
  patterns: Array<{ value: BodyPattern; source: string }>;
  roleWords: Array<{ value: RoleWord; source: string }>;
  /** Country code -> names, demonyms and capitals (for body patterns and descriptions). */
  countries: Map<string, CountryInfo>;
  files: string[];
}

export interface CountryInfo {
  code: string;
  name: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
  /** Nouns for nationals ("Iraqis"). */
  people: string[];
  /** Other seats of power standing for the government ("Kremlin"). */
  metonyms: string[];
  latlng: [number, number] | null;
  /** A sovereign state (world-countries `independent`); territories lose shared demonyms to states. */
  independent: boolean;
  /** States it was part of, each until a day (South Sudan: Sudan until 2011-07-09), oldest first. */
  partOf?: Array<{ country: string; until: string }>;
}
