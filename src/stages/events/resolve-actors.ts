import type { Entity, ReadoutDocument } from '../../document/schema.js';
import type { KnowledgeBase } from '../../kb/compile-kb.js';
import { DemonymFinder } from './demonym-actors.js';
import { firstIndex } from '../../document/first-index.js';
import { nameWords } from '../../kb/name-words.js';
import { Antecedents, pronounKind } from './antecedents.js';
import type { BackReference } from './patterns/pattern-schema.js';

/** An event participant: the entity (by id) and its actor code, or only the text when unresolved. */
export interface ActorRef {
  entity: string | null;
  actor: string | null;
  country: string | null;
  text: string;
}

interface MentionRef { start: number; end: number; entity: Entity }

const SPEAKER_PRONOUNS = new Set(['we', 'our', 'us', 'i', 'my', 'me']);
/** Plural agent nouns name people even when the lexicon lacks them: "landowners", "hackers", "activists", "opponents". */
const AGENT_PLURAL = /^[a-z]{3,}(?:ers|ists|ants|ents)$/;
/** Words after an actor noun that say where it is or what it belongs to ("fighters loyal to", "separatists belonging to"). */
/** Words saying where people are: "militants present on Afghan soil", "fighters based in Syria". */
const LOCATED_WORDS = 'present|based|stationed|operating|active|hiding|sheltering|living|residing';
// ("parties to the conflict in Iraq": the parties of a war are where it is fought; "refugees fleeing the war in Liberia", "fleeing Syria": where they come from)
const AFTER_ACTOR = `(?:(?:${LOCATED_WORDS})\\s+(?:in|on|inside|from|across)|to\\s+the\\s+(?:conflict|war|fighting)\\s+in|fleeing|in|from|of|inside|throughout|across|belonging to|loyal to|affiliated (?:with|to)|linked to)`;
/** A word saying where people are, which the tagger may have read as the phrase's head ("militants present on Afghan soil"). */
export const LOCATED_LAST = new RegExp(`\\s+(${LOCATED_WORDS})$`, 'i');
/** A country adjective before one of these words names where people are ("on Afghan soil", "in Syrian territory"). */
const LAND = /^\s+(?:soil|territory|territories|ground|land)\b/i;
const LOCATIVE_START = new RegExp(`^\\s*${AFTER_ACTOR}\\s`, 'i');
/** Between the argument and the place: the preposition, an article, a few lower-case words or numbers ("in the northern city of"). */
const PLACE_WORDS = new RegExp(`^\\s*${AFTER_ACTOR}\\s+(?:the\\s+)?(?:[a-z0-9][\\w,-]*\\s+){0,4}$`);
/** Words that name whom people belong to ("activists from the ruling party", "doctors from two American charities", "fighters loyal to"). */
const MEMBER_OF = /^\s*(?:of|from|belonging to|loyal to|affiliated (?:with|to)|linked to)\s/i;
const SPREAD = /^\s*(?:throughout|across)\s/i;
/** Longest mention considered when searching by offset (longer mentions are found from their start only). */
const MAX_MENTION = 300;
/** "the group", "this militant group", "the Islamist outfit": the head noun is the last word. */
const BACK_REFERENCE = /^(?:the|this)\s+(?:[a-z][\w-]*\s+){0,3}([a-z]+)$/i;
/** A definite description in the possessive at the start of a phrase: "the country's", "this militant group's". */
const OWNER_BACK = /^\s*((?:the|this)\s+(?:[a-z][\w-]*\s+){0,3}[a-z]+)['’]s\s/i;
/** A possessive pronoun before an actor noun, with nothing but modifiers between: "their forces", "its own citizens". */
const OWNED = /^\s*(his|her|its|their)\s+(?:[a-z-]+\s+){0,2}([a-z]+)\s*$/i;
/** The (at most three) words right after a mention, before any punctuation: "agreement", "peace agreement". */
const PLACE_NAMED = /^[ -]([A-Za-z]+)(?: ([A-Za-z]+))?(?: ([A-Za-z]+))?/;
const RANK_TYPES: Record<string, number> = { PERSON: 20, ORG: 20, GPE: 10, NORP: 8, LOC: 2, FAC: 1 };

/** Resolves clause arguments to entities by span overlap with entity mentions; pronouns to the nearest fitting actor before them. */
export class ActorResolver {
  private readonly mentions: MentionRef[];
  private readonly demonyms: DemonymFinder | null;
  private readonly byId: Map<string, Entity>;
  /** answers by start, then by end * 2 + holds (numbers: no key strings to build and hash) */
  private readonly resolved = new Map<number, Map<number, ActorRef>>();
  /** made on the first pronoun (many documents, and most resolvers, never need one) */
  private antecedentsMade: Antecedents | null = null;

  /**
   * `kb` lets a country adjective stand for its country when no entity covers the argument;
   * `isActorNoun` tells which heads make "Hungarian officials" an actor rather than "Hungarian wine".
   */
  constructor(private readonly doc: Pick<ReadoutDocument, 'text' | 'entities' | 'quotes' | 'tokens' | 'clauses' | 'sentences'>, private readonly kb?: KnowledgeBase, private readonly isActorNoun: (word: string) => boolean = () => false,
    private readonly backReferences: ReadonlyMap<string, BackReference> = new Map(), private readonly placeNamed: ReadonlySet<string> = new Set()) {
    this.mentions = doc.entities.flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })));
    this.mentions.sort((a, b) => a.start - b.start);
    this.demonyms = kb ? new DemonymFinder(doc, kb) : null;
    this.byId = new Map(doc.entities.map((e) => [e.id, e]));
  }

  private get antecedents(): Antecedents {
    return (this.antecedentsMade ??= new Antecedents(this.doc, (s, e) => this.resolve(s, e), this.isActorNoun, (end, limit, text) => this.placeAfter(end, limit, text)));
  }

  /** Index of the first mention starting at or after `offset` (binary search). */
  private firstFrom(offset: number): number {
    return firstIndex(this.mentions.length, (i) => this.mentions[i]!.start >= offset);
  }

  /** The entity is a person (a name the knowledge base may not hold: "Dodik"). */
  isPerson(id: string | null): boolean {
    return id !== null && this.byId.get(id)?.type === 'PERSON';
  }

  textOf(start: number, end: number): string {
    return this.doc.text.slice(start, end);
  }

  /** Every distinct entity with a mention inside [start, end), best first. */
  entitiesIn(start: number, end: number): MentionRef[] {
    const inside: MentionRef[] = [];
    for (let i = this.firstFrom(start - MAX_MENTION); i < this.mentions.length && this.mentions[i]!.start < end; i++) {
      const m = this.mentions[i]!;
      if (m.end > start) inside.push(m);
    }
    if (inside.length < 2) return inside;
    const seen = new Set<string>();
    return inside
      // (an owner is no head: "China, North Korea's closest ally" is China)
      .sort((a, b) => score(b) - score(a) || this.owns(a) - this.owns(b) || b.end - a.end)
      .filter((m) => (seen.has(m.entity.id) ? false : (seen.add(m.entity.id), true)));
  }

  /** 1 when the mention is a possessive ("North Korea's"), else 0. */
  private owns(m: MentionRef): number {
    const c = this.doc.text.charCodeAt(m.end);
    return (c === 39 || c === 0x2019) && this.doc.text.charCodeAt(m.end + 1) === 115 ? 1 : 0;
  }

  /**
   * The actor an argument part names. With `holds`, a country adjective anywhere in the part counts
   * ("rejected a U.S. request": the request's owner); without, only one that describes the part's
   * head ("Hungarian officials", or the elided head of "Hungarian and Romanian officials").
   */
  resolve(start: number, end: number, holds = false): ActorRef {
    // The same argument is resolved several times (coded? plausible? its actors): remember each answer.
    let byEnd = this.resolved.get(start);
    if (!byEnd) this.resolved.set(start, (byEnd = new Map()));
    const key = end * 2 + (holds ? 1 : 0);
    let found = byEnd.get(key);
    if (!found) { found = this.resolveUncached(start, end, holds); byEnd.set(key, found); }
    return found;
  }

  private resolveUncached(start: number, end: number, holds: boolean): ActorRef {
    const text = this.doc.text.slice(start, end);
    const best = this.entitiesIn(start, end).find((m) => !this.namesThing(m));
    if (best?.entity.actor) return ref(best.entity, this.doc.text.slice(best.start, best.end));
    const demonym = this.demonymOf(start, end, holds);
    if (demonym) return { entity: null, actor: demonym.country, country: demonym.country, text: text.trim() };
    if (best) return ref(best.entity, this.doc.text.slice(best.start, best.end));
    const back = this.backReference(start, text) ?? this.ownedBy(start, text) ?? (holds ? this.ownerBackReference(start, text) : null);
    if (back) return back;
    // speaker pronouns and third-person pronouns have five letters at most (lower case is never shorter)
    const trimmed = text.trim();
    const word = trimmed.length <= 5 ? trimmed.toLowerCase() : '';
    if (SPEAKER_PRONOUNS.has(word)) {
      const quote = this.doc.quotes.find((q) => q.start <= start && q.end >= end && q.speaker);
      const speaker = quote && this.doc.entities.find((e) => e.id === quote.speaker);
      if (speaker) return ref(speaker, text);
    }
    // he, it, they: the antecedent that agrees (antecedents.ts); none when it is not sure.
    if (pronounKind(word)) return this.antecedents.find(start, end) ?? { entity: null, actor: null, country: null, text };
    return { entity: null, actor: null, country: null, text };
  }

  /**
   * "the Doha agreement", "the Minsk peace accords": a city (not a country) right before a noun that takes
   * the name of where it was made or held (lexicon `placeNamedNouns`) names that thing, not an actor.
   */
  private namesThing(m: MentionRef): boolean {
    const e = m.entity;
    if (!e.geo || e.geo.feature === 'country' || (e.type !== 'GPE' && e.type !== 'LOC' && e.type !== 'FAC')) return false;
    const after = PLACE_NAMED.exec(this.doc.text.slice(m.end, m.end + 48));
    return !!after && after.slice(1).some((w) => w !== undefined && this.placeNamed.has(w.toLowerCase()));
  }

  /**
   * "The group said", "the ministry denied": a definite description whose head is a back-reference noun
   * (data/patterns/lexicon.yaml) stands for the one entity of its kind mentioned before it in its sentence
   * and the two before; several such entities, or none: no sure referent.
   */
  private backReference(start: number, text: string): ActorRef | null {
    const noun = BACK_REFERENCE.exec(text.trim())?.[1];
    const kind = noun ? this.backReferences.get(noun.toLowerCase()) : undefined;
    if (!noun || !kind) return null;
    const sentences = this.doc.sentences ?? [];
    const s = firstIndex(sentences.length, (k) => sentences[k]!.end > start);
    const from = sentences[Math.max(0, s - 2)]?.start ?? start - 600;
    const found = new Map<string, Entity>();
    for (let i = this.firstFrom(from); i < this.mentions.length && this.mentions[i]!.start < start; i++) {
      const e = this.mentions[i]!.entity;
      if (!e.actor || !kind.types.includes(e.type)) continue;
      if (kind.sectors && !kind.sectors.includes(e.actor.sector)) continue;
      if (kind.named && !namesWord(e, noun)) continue;
      found.set(e.id, e);
    }
    if (found.size !== 1) return null;
    const only = [...found.values()][0]!;
    // "the Somali government's actions would divide the country": a country adjective in the window names a country too
    if (kind.types.includes('GPE') && this.demonyms?.within(from, start).some((d) => d.country !== only.actor?.country)) return null;
    return ref(only, text.trim());
  }

  /**
   * "the country's ability", "the group's demands": a thing owned by a back-reference (when a thing's owner counts,
   * `holds`) is owned by what the back-reference stands for.
   */
  private ownerBackReference(start: number, text: string): ActorRef | null {
    const m = OWNER_BACK.exec(text);
    if (!m) return null;
    const owner = this.backReference(start + m.index, m[1]!);
    return owner ? { ...owner, entity: null, text: text.trim() } : null;
  }

  /**
   * "their forces", "its citizens": people of an actor named by a possessive pronoun belong to the
   * pronoun's antecedent; they are coded with its country (the sector is not told).
   */
  private ownedBy(start: number, text: string): ActorRef | null {
    const m = OWNED.exec(text);
    if (!m || !this.isActorNoun(m[2]!.toLowerCase())) return null;
    const at = start + m.index + (m[0].length - m[0].trimStart().length);
    const owner = this.antecedents.find(at, at + m[1]!.length);
    return owner?.country ? { entity: null, actor: owner.country, country: owner.country, text: text.trim() } : null;
  }

  /**
   * The country of a place right after an argument that names no coded actor: "Demonstrators in
   * Baghdad", "Opposition groups in Zimbabwe", "inhabitants of the Syrian Golan Heights", "students
   * throughout Indonesia". The place stands for where the actor is, so it gives a country, never the
   * place's own actor (a capital's government). After "of" or "from", what the actor belongs to:
   * a coded organisation ("activists from the ruling party"), a person's country ("supporters of the
   * president"), a country adjective ("doctors from two American charities"). `limit` is where the
   * phrase must end (the verb of a subject).
   */
  placeAfter(end: number, limit: number, text: string): ActorRef | null {
    // "militants present | on Afghan soil": a place word the tagger put inside the phrase belongs to what follows
    const located = LOCATED_LAST.exec(text.trimEnd());
    if (located && this.doc.text.slice(end - located[1]!.length, end) === located[1]) {
      const found = this.placeAfter(end - located[1]!.length, limit, text.trimEnd().slice(0, -located[1]!.length));
      return found ? { ...found, text: `${text.trim()}${found.text.slice(found.text.indexOf(located[1]!) + located[1]!.length)}` } : null;
    }
    const stop = Math.min(limit, end + 80);
    const after = this.doc.text.slice(end, stop);
    if (stop <= end || !LOCATIVE_START.test(after)) return null;
    // Belonging and spread ("across", "throughout") are read only after a word that names people ("Mosques across Turkey" are no actor).
    const head = text.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
    const people = this.isActorNoun(head) || AGENT_PLURAL.test(head);
    if (!people && SPREAD.test(after)) return null;
    const member = people && MEMBER_OF.test(after);
    const phrase = (to: number) => `${text.trim()} ${this.doc.text.slice(end, to).trim()}`;
    for (let i = this.firstFrom(end); i < this.mentions.length && this.mentions[i]!.start < stop; i++) {
      const m = this.mentions[i]!;
      if (!PLACE_WORDS.test(this.doc.text.slice(end, m.start))) break;
      const country = m.entity.geo?.country ?? (m.entity.type === 'GPE' || m.entity.type === 'LOC' ? m.entity.actor?.country : null);
      if (country) return { entity: null, actor: country, country, text: phrase(m.end) };
      // "activists from the ruling party", "members of Hamas": the organisation they belong to; "aides of the president": his country.
      if (member && m.entity.actor && m.entity.type !== 'PERSON') return { entity: m.entity.id, actor: m.entity.actor.code, country: m.entity.actor.country ?? null, text: phrase(m.end) };
      if (member && m.entity.actor?.country) return { entity: null, actor: m.entity.actor.country, country: m.entity.actor.country, text: phrase(m.end) };
    }
    // "doctors from two American aid groups": a country adjective in the phrase they come from.
    // "militants present on Afghan soil": a country adjective before a word for land says where they are.
    const demonym = this.demonyms?.within(end, stop).find((d) => PLACE_WORDS.test(this.doc.text.slice(end, d.start)) && (member || LAND.test(this.doc.text.slice(d.end, d.end + 16))));
    const land = demonym && !member ? LAND.exec(this.doc.text.slice(demonym.end, demonym.end + 16)) : null;
    return demonym ? { entity: null, actor: demonym.country, country: demonym.country, text: phrase(demonym.end + (land?.[0].length ?? 0)) } : null;
  }

  private demonymOf(start: number, end: number, holds: boolean) {
    if (!this.demonyms) return null;
    const hits = this.demonyms.within(start, end);
    if (hits.length === 0) return null;
    if (holds) return hits[0]!;
    const hit = hits.at(-1)!;
    const after = this.doc.text.slice(hit.end, end).trim();
    const head = after.split(/\s+/).at(-1)?.toLowerCase() ?? '';
    // "Hungarian officials", "Iraqi Kurds" (a people), or the elided head of "Hungarian and Romanian officials".
    return after === '' || this.isActorNoun(head) || AGENT_PLURAL.test(head) || /^(?:\p{Lu}[\p{L}-]*\s*)+$/u.test(after) ? hit : null;
  }

  /** The sector a one-word role gives ("civilians" -> CVL, "police" -> COP; data/kb/roles), if any. */
  roleSector(word: string): string | null {
    const key = nameWords(word)[0]?.key;
    const node = key && this.kb ? this.kb.roles.child(null, key) : undefined;
    return node?.payloads?.[0]?.sector ?? null;
  }

  /** The first country adjective inside [start, end) ("the Bosnian town"), if any. */
  demonymIn(start: number, end: number): { start: number; end: number; country: string } | null {
    return this.demonyms?.within(start, end)[0] ?? null;
  }

  /** A group ("the two ministers") stands for its members, each with its own code; anything else for itself. */
  members(r: ActorRef): ActorRef[] {
    const group = r.entity ? this.byId.get(r.entity) : undefined;
    const members = (group?.members ?? []).map((id) => this.byId.get(id)).filter((e): e is Entity => !!e?.actor);
    return members.length >= 2 ? members.map((m) => ref(m, m.name)) : [r];
  }

  /** The two most recent actors of different countries before `start` (for "the two ministers"). */
  recentPair(start: number): [ActorRef, ActorRef] | null {
    const found: Entity[] = [];
    for (let i = this.firstFrom(start) - 1; i >= 0 && found.length < 2; i--) {
      const m = this.mentions[i]!;
      if (start - m.start > 1500 + MAX_MENTION) break;
      if (m.end > start || start - m.end > 1500 || !m.entity.actor?.country) continue;
      if (m.entity.type !== 'PERSON' && m.entity.type !== 'ORG') continue;
      if (found.some((f) => f.id === m.entity.id || f.actor!.country === m.entity.actor!.country)) continue;
      found.push(m.entity);
    }
    return found.length === 2 ? [ref(found[1]!, found[1]!.name), ref(found[0]!, found[0]!.name)] : null;
  }
}

/** The word is one of the entity's name or mentions ("ministry" in "Iraq Ministry of Foreign Affairs"). */
function namesWord(e: Entity, word: string): boolean {
  const w = new RegExp(`\\b${word}\\b`, 'i');
  return w.test(e.name) || e.mentions.some((m) => w.test(m.text));
}

function score(m: MentionRef): number {
  return (m.entity.actor ? 100 : 0) + (RANK_TYPES[m.entity.type] ?? 0);
}

function ref(e: Entity, text: string): ActorRef {
  const country = e.actor?.country ?? e.geo?.country ?? null;
  // a sector without a country ("GOV" for an official of no known country) is no actor code an analyst can use
  const bare = !!e.actor && e.actor.country === null && e.actor.code === e.actor.sector;
  return { entity: e.id, actor: bare ? null : e.actor?.code ?? (e.geo?.country ? e.geo.country : null), country, text };
}
