import type { Clause, ClauseArg, Entity, ReadoutDocument } from '../../document/schema.js';
import { firstIndex, tokenStartingAt, type TokenAt } from '../../document/first-index.js';
import type { ActorRef } from './resolve-actors.js';
import { tokenWords, type TokenWords } from './token-words.js';

/** What a third-person pronoun can stand for: one person, one thing or body, or several. */
export type PronounKind = 'person' | 'thing' | 'plural';

const KINDS: ReadonlyMap<string, PronounKind> = new Map([
  ['he', 'person'], ['she', 'person'], ['him', 'person'], ['his', 'person'], ['her', 'person'], ['hers', 'person'],
  ['it', 'thing'], ['its', 'thing'],
  ['they', 'plural'], ['them', 'plural'], ['their', 'plural'],
]);

export function pronounKind(word: string): PronounKind | null {
  // a Map, not an object: "constructor" is no pronoun
  return word.length > 5 ? null : KINDS.get(word.toLowerCase()) ?? null;
}

/** Subjects that point elsewhere themselves (relatives, demonstratives, speakers) and are never antecedents. */
const NOT_ANTECEDENTS = new Set(['who', 'which', 'that', 'what', 'this', 'these', 'those', 'there', 'i', 'we', 'you', 'me', 'us', 'one', 'whom', 'whose']);
/** Singular heads that name several people ("police said they"). */
const PLURAL_SINGULARS = new Set(['police', 'people', 'personnel', 'staff', 'taliban', 'troops', 'authorities', 'militia']);
/** Verbs that link "it" to what it is or seems. */
const COPULAS = new Set(['seem', 'appear', 'remain']);
/** "it is willing to", "it is due to": what "it" itself will do, never an "it" pointing forward. */
const CONTROLLERS = new Set(['willing', 'unwilling', 'ready', 'prepared', 'able', 'unable', 'eager', 'determined', 'due', 'set',
  'expected', 'about', 'keen', 'reluctant', 'likely', 'unlikely', 'poised', 'committed', 'obliged', 'forced', 'allowed', 'scheduled',
  'supposed', 'bound', 'free', 'going', 'trying']);
/** Passives with no agent that introduce a clause: "it was decided that", "it is believed that". */
const IMPERSONAL_PASSIVES = new Set(['decided', 'agreed', 'announced', 'reported', 'said', 'believed', 'thought', 'feared', 'hoped',
  'understood', 'known', 'estimated', 'alleged', 'claimed', 'confirmed', 'learned', 'noted', 'rumored', 'rumoured']);
/** Tags of words that can head a phrase. */
const HEAD_TAGS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
/** How many sentences before the pronoun's own are searched. */
const SENTENCES_BACK = 2;

/** A phrase an earlier pronoun may refer to: a subject or object of a clause. */
interface Mention {
  start: number;
  end: number;
  /** 0 the subject of a main clause, 1 another subject, 2 an object, 3 an actor in a prepositional phrase. */
  rank: number;
  ref: ActorRef | null;
  entity: Entity | null;
  plural: boolean;
  person: boolean;
  /** a coded actor or something that names actors ("protesters"); otherwise a thing ("the talks"). */
  actorLike: boolean;
  /** a pronoun itself: it stands for what that pronoun resolves to. */
  pronoun: PronounKind | null;
  quoted: boolean;
}

type AntecedentDoc = Pick<ReadoutDocument, 'text' | 'tokens' | 'clauses' | 'sentences' | 'quotes' | 'entities'>;

/**
 * Antecedents of third-person pronouns for event roles, by the subjects and objects of clauses: the
 * nearest earlier phrase in the same sentence (subjects first: "Pakistani officials said they"), then
 * the subjects of main clauses of the one or two sentences before, then their other subjects and
 * objects. The phrase must agree with the pronoun (he/she a person, it one thing or body, they several);
 * a news outlet is never one; inside a direct quote only quoted phrases count and never the quote's
 * own speaker (the speaker says "I"). The nearest agreeing phrase decides: when it is no coded actor
 * ("Gunmen stormed... They attacked", "The summit... It ended"), there is no sure antecedent and the
 * pronoun stays unresolved, which drops the event rather than give it a wrong source. An "it" that
 * points forward ("it was decided that", "It was a mistake to") refers to nothing.
 */
export class Antecedents {
  private readonly bySentence = new Map<string, Clause[]>();
  private readonly mentions = new Map<number, Mention[]>();
  private readonly tokenAt: TokenAt;
  private readonly quotes: Array<{ start: number; end: number; speaker: string | null }>;
  private readonly memo = new Map<string, ActorRef | null>();
  private readonly words: TokenWords;

  constructor(
    private readonly doc: AntecedentDoc,
    private readonly resolve: (start: number, end: number) => ActorRef,
    private readonly isActorNoun: (word: string) => boolean,
    /** The actor a place or group right after an uncoded phrase makes of it ("Rebels in Darfur", "fighters loyal to X"). */
    private readonly placeAfter: (end: number, limit: number, text: string) => ActorRef | null = () => null,
  ) {
    for (const c of doc.clauses ?? []) {
      let list = this.bySentence.get(c.sentence);
      if (!list) this.bySentence.set(c.sentence, (list = []));
      list.push(c);
    }
    this.tokenAt = tokenStartingAt(doc.tokens);
    this.words = tokenWords(doc);
    this.quotes = (doc.quotes ?? []).filter((q) => q.kind !== 'indirect').map((q) => ({ start: q.start, end: q.end, speaker: q.speaker }));
  }

  /** The actor the pronoun at [start, end) stands for, or null when no antecedent is sure. */
  find(start: number, end: number): ActorRef | null {
    const key = `${start}:${end}`;
    if (this.memo.has(key)) return this.memo.get(key)!;
    this.memo.set(key, null); // a pronoun reached again while resolving itself has no antecedent
    const found = this.findUncached(start, end);
    this.memo.set(key, found);
    return found;
  }

  private findUncached(start: number, end: number): ActorRef | null {
    const word = this.doc.text.slice(start, end).trim();
    const kind = pronounKind(word);
    if (!kind) return null;
    if (kind === 'thing' && this.pointsForward(start)) return null;
    const s = this.sentenceOf(start);
    if (s < 0) return null;
    const quote = this.quoteAt(start);
    const fits = (m: Mention) => m.quoted === (quote !== null) && !(quote?.speaker && m.entity?.id === quote.speaker);
    const here = this.mentionsOf(s).filter((m) => m.end <= start && fits(m));
    // A subject pronoun looks at the subjects before it first ("Pakistani officials said they"); an object
    // at the nearest phrase but never the subject of its own clause ("Hussein called Shibani, congratulating
    // him"); a possessive at the subject of its verb, then the nearest phrase ("spoke with Armitage about his trip").
    const own = this.ownClause(start, end);
    const isOwnSubject = (m: Mention) => !!own?.subject && m.start === own.subject.start && m.end === own.subject.end;
    // (nor that subject under another name: a country and its government are one actor, "Thailand turned them down")
    const subjectActor = own?.role === 'object' && own.subject ? this.resolve(own.subject.start, own.subject.end).actor : null;
    const sameActor = (m: Mention) => subjectActor !== null && sameGovernment(subjectActor, m.ref?.actor ?? null);
    const ordered = own?.role === 'subject'
      ? [...here.filter((m) => m.rank < 2).reverse(), ...here.filter((m) => m.rank >= 2).reverse()]
      : own?.role === 'object'
        ? here.filter((m) => !isOwnSubject(m)).reverse()
        // a possessive belongs first to the subject of its verb ("Libya offered to hand over two of its nationals")
        : [...here.filter(isOwnSubject), ...here.filter((m) => !isOwnSubject(m)).reverse()];
    for (let k = s - 1; k >= 0 && k >= s - SENTENCES_BACK; k--) {
      const before = this.mentionsOf(k).filter(fits);
      for (const rank of [0, 1, 2, 3]) ordered.push(...before.filter((m) => m.rank === rank));
    }
    for (const m of ordered) {
      if (m.pronoun) {
        if (m.pronoun !== kind) continue;
        const r = this.find(m.start, m.end);
        if (r && subjectActor !== null && sameGovernment(subjectActor, r.actor)) continue;
        return r ? { ...r, text: word } : null;
      }
      if (!agrees(m, kind)) continue;
      if (m.entity?.actor?.sector === 'MED' || sameActor(m)) continue;
      return m.ref?.actor ? { ...m.ref, text: word } : null;
    }
    return null;
  }

  /**
   * "it was decided that", "It was a mistake to support", "it is unclear whether": an "it" that stands for
   * what follows. Not "it is willing to", "it was forced to", "it is planning to": those say what "it" does.
   */
  private pointsForward(start: number): boolean {
    const tokens = this.doc.tokens;
    const i = this.tokenAt(start);
    if (i === undefined) return false;
    const word = (k: number) => (tokens[k] ? this.words.word(k) : '');
    let j = i + 1;
    while (j < tokens.length && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'PART') && tokens[j]!.lemma !== 'be') j++;
    if (j >= tokens.length || (tokens[j]!.lemma !== 'be' && !COPULAS.has(tokens[j]!.lemma))) return false;
    let p = j + 1;
    while (p < tokens.length && (tokens[p]!.pos === 'ADV' || tokens[p]!.pos === 'PART' || tokens[p]!.pos === 'AUX')) p++;
    const predicate = word(p);
    if (CONTROLLERS.has(predicate) || /ing$/.test(predicate)) return false;
    if (tokens[p]?.pos === 'VERB' && !IMPERSONAL_PASSIVES.has(predicate)) return false;
    for (let k = p; k < tokens.length && k < p + 10; k++) {
      const w = word(k);
      if (tokens[k]!.pos === 'PUNCT' && w !== '"' && w !== '“') return false;
      if (w === 'that' || w === 'whether' || w === 'if') return true;
      if (w === 'to' && tokens[k + 1]?.pos === 'VERB') return true;
    }
    return false;
  }

  /** The role the pronoun plays in its clause, and the subject (own or inherited) of the verb it belongs to. */
  private ownClause(start: number, end: number): { role: string; subject: ClauseArg | undefined } | null {
    const s = this.sentenceOf(start);
    const clauses = this.bySentence.get(this.doc.sentences[s]?.id ?? '') ?? [];
    for (const c of clauses) {
      const a = c.args.find((x) => x.inherited === null && x.start <= start && x.end >= end && x.end - x.start <= end - start + 1);
      if (!a) continue;
      // a possessor belongs to a noun; the noun to the verb of its parent clause
      const verb = c.kind === 'noun' ? clauses.find((k) => k.id === c.parent) : c;
      return { role: a.role, subject: verb?.args.find((x) => x.role === 'subject') };
    }
    return null;
  }

  private byEntityId: Map<string, Entity> | null = null;

  private entityById(): Map<string, Entity> {
    return (this.byEntityId ??= new Map(this.doc.entities.map((e) => [e.id, e])));
  }

  private sentenceOf(offset: number): number {
    const ss = this.doc.sentences ?? [];
    const i = firstIndex(ss.length, (k) => ss[k]!.end > offset);
    return i < ss.length && ss[i]!.start <= offset ? i : -1;
  }

  private quoteAt(offset: number) {
    return this.quotes.find((q) => q.start <= offset && q.end > offset) ?? null;
  }

  private mentionsOf(s: number): Mention[] {
    let list = this.mentions.get(s);
    if (list) return list;
    list = [];
    const sentence = this.doc.sentences[s]!;
    for (const c of this.bySentence.get(sentence.id) ?? []) {
      if (c.kind !== 'verb') continue;
      for (const a of c.args) {
        if (a.inherited !== null) continue;
        const rank = a.role === 'subject' ? (c.parent === null ? 0 : 1) : a.role === 'object' ? 2 : a.role === 'agent' || a.role === 'prep' ? 3 : -1;
        if (rank < 0) continue;
        // "sanctions on Dodik and his network": each part of a coordination is a phrase of its own, and the whole a plural
        const phrases = a.parts.length > 1 ? [a, ...a.parts.map((pt) => ({ ...a, start: pt.start, end: pt.end, parts: [pt], head: this.headOf(pt) }))] : [a];
        for (const phrase of phrases) {
          const m = this.mention(phrase, rank, c.head.start > phrase.end ? c.head.start : phrase.end + 80);
          // a thing in a prepositional phrase ("in a statement", "on Monday") is no antecedent and hides none
          if (m && (rank < 3 || m.actorLike)) list.push(m);
        }
      }
    }
    list.sort((a, b) => a.start - b.start);
    this.mentions.set(s, list);
    return list;
  }

  private mention(a: ClauseArg, rank: number, limit: number): Mention | null {
    const text = this.doc.text.slice(a.start, a.end).trim();
    // the words that are never antecedents and the pronouns have five letters at most (lower case is never shorter)
    const short = text.length <= 5 ? text.toLowerCase() : '';
    if (NOT_ANTECEDENTS.has(short)) return null;
    const quoted = this.quoteAt(a.start) !== null;
    const pronoun = pronounKind(short);
    if (pronoun) return { start: a.start, end: a.end, rank, ref: null, entity: null, plural: pronoun === 'plural', person: pronoun === 'person', actorLike: true, pronoun, quoted };
    const parts = a.parts.length > 0 ? a.parts : [{ start: a.start, end: a.end }];
    const at = this.headToken(a);
    const head = at === null ? null : this.doc.tokens[at]!;
    const headText = at !== null ? this.words.word(at) : text.toLowerCase().split(/\s+/).at(-1) ?? '';
    // "Rebels in Darfur said they ...": subjects placed or owned by the phrase after them are coded as when they act themselves
    const placed = (r: ActorRef, p: { end: number }) => (rank > 1 || r.actor || r.entity || p.end !== a.end || !(this.isActorNoun(headText) || this.isActorNoun(a.head))
      ? r : this.placeAfter(p.end, limit, r.text) ?? r);
    const refs = parts.map((p) => placed(this.resolve(p.start, p.end), p));
    const entities = refs.map((r) => (r.entity ? this.entityById().get(r.entity) ?? null : null));
    const entity = parts.length === 1 ? entities[0] ?? null : null;
    const plural = parts.length > 1 || !!entity?.members?.length || PLURAL_SINGULARS.has(headText)
      || (!!head && headText !== head.lemma.toLowerCase() && /s$/.test(headText))
      // a plural actor noun the tagger took for a name at the start of a sentence ("Rebels said they")
      || (!entity && /[^s]s$/.test(headText) && this.isActorNoun(headText.slice(0, -1)));
    // Several parts stand for one actor only when they are all the same one.
    const codes = new Set(refs.map((r) => r.actor));
    const ref = parts.length === 1 || codes.size === 1 ? refs[0]! : null;
    const person = entity?.type === 'PERSON' && !entity.members?.length;
    // a name the knowledge base does not know ("Dodik") still names someone
    const actorLike = refs.some((r) => r.actor !== null) || this.isActorNoun(a.head) || this.isActorNoun(headText) || head?.pos === 'PROPN';
    return { start: a.start, end: a.end, rank, ref, entity, plural, person, actorLike, pronoun: null, quoted };
  }

  /** The lemma of the last noun-like word of a span (the head of one conjunct). */
  private headOf(span: { start: number; end: number }): string {
    const tokens = this.doc.tokens;
    let head = '';
    for (let i = firstIndex(tokens.length, (k) => tokens[k]!.start >= span.start); i < tokens.length && tokens[i]!.end <= span.end; i++) {
      if (HEAD_TAGS.has(tokens[i]!.pos)) head = tokens[i]!.lemma;
    }
    return head;
  }

  /** The index of the argument's head token (the last one whose lemma or word is the head), or null. */
  private headToken(a: ClauseArg): number | null {
    const tokens = this.doc.tokens;
    let found: number | null = null;
    const head = a.head.toLowerCase();
    for (let i = firstIndex(tokens.length, (k) => tokens[k]!.start >= a.start); i < tokens.length && tokens[i]!.end <= a.end; i++) {
      // the argument's head is a lemma or, for some phrases, the word itself ("rebels")
      if (this.words.lemma(i) === head || this.words.word(i) === head) found = i;
    }
    return found;
  }
}

/**
 * Does the phrase agree with the pronoun? he/she: one person (or a singular actor noun, "the gunman");
 * it: one body, place or thing that is not a person; they: several (a plural head, a coordination, a
 * group), or an armed group or party named as such ("the Taliban said they").
 */
function agrees(m: Mention, kind: PronounKind): boolean {
  if (kind === 'person') return !m.plural && (m.person || (m.actorLike && !m.entity));
  if (kind === 'thing') return !m.plural && !m.person;
  return m.plural || m.entity?.type === 'NORP' || (m.entity?.type === 'ORG' && (m.entity.actor?.sector === 'REB' || m.entity.actor?.sector === 'OPP'));
}

/**
 * A country code and that country's government code ("THA", "THAGOV") name one actor under two names.
 * (the same code is not enough: "Trump praised Rubio and thanked him" are two people)
 */
function sameGovernment(a: string, b: string | null): boolean {
  if (b === null || a === b || a.slice(0, 3) !== b.slice(0, 3)) return false;
  const rest = (code: string) => code.slice(3);
  return (rest(a) === '' || rest(a) === 'GOV') && (rest(b) === '' || rest(b) === 'GOV');
}
