import { ASKING_NOUNS, RELATIVES, SAY_VERBS, SUBORDINATORS, THAT_VERBS, TIME_WORDS } from './clause-words.js';
import { firstIndex } from '../../document/first-index.js';
import { findPhrases, type Phrase } from './chunks.js';
import type { SentenceView } from './sentence-view.js';
import { findVerbGroups, type VerbGroup } from './verb-groups.js';

export type RoleName = 'subject' | 'object' | 'agent' | 'prep' | 'possessor' | 'modifier';

/** A role filled by a phrase (token ranges); `inherited` is the index of the clause it came from. */
export interface RawArg {
  role: RoleName;
  prep: string | null;
  a: number;
  b: number;
  head: number;
  parts: Array<[number, number]>;
  inherited: number | null;
}

export interface RawClause {
  kind: 'verb' | 'noun';
  group: VerbGroup;
  args: RawArg[];
  parent: number | null;
  link: 'complement' | 'reported' | 'relative' | 'coordinate' | 'adverbial' | 'nominal' | null;
  phrase: Phrase | null;
}

/** Verbs whose object is the subject of the infinitive after it: "urged Iran to release". */
const OBJECT_CONTROL = new Set([
  'urge', 'ask', 'call', 'order', 'force', 'pressure', 'press', 'tell', 'invite', 'encourage', 'allow', 'persuade',
  'request', 'warn', 'instruct', 'advise', 'appeal', 'compel', 'require', 'push', 'help', 'permit', 'authorize', 'demand', 'expect', 'want',
]);

const arg = (role: RoleName, p: Phrase, inherited: number | null = null): RawArg =>
  ({ role, prep: role === 'prep' || role === 'agent' ? p.prep : null, a: p.a, b: p.b, head: p.head, parts: p.parts, inherited });

/** Clauses of one sentence: one per verb group, then nominal clauses for nouns with arguments. */
export function buildClauses(v: SentenceView): RawClause[] {
  const phrases = findPhrases(v);
  const groups = findVerbGroups(v);
  const clauses: RawClause[] = groups.map((group) => ({ kind: 'verb', group, args: [], parent: null, link: null, phrase: null }));
  const usedAsSubject = new Set<Phrase>();
  // phrases are in text order and do not overlap: those inside [a, b) are one run of them
  const between = (a: number, b: number) => {
    let k = firstIndex(phrases.length, (i) => phrases[i]!.a >= a);
    const run = k;
    while (k < phrases.length && phrases[k]!.b <= b) k++;
    return phrases.slice(run, k);
  };
  clauses.forEach((c, k) => {
    const g = c.group;
    const leftFrom = k > 0 ? clauses[k - 1]!.group.b : v.from;
    const left = between(leftFrom, g.a);
    const prev = k > 0 ? k - 1 : null;
    if (g.form === 'infinitive' && prev !== null) {
      c.parent = prev;
      c.link = 'complement';
      const before = left.filter((p) => !p.isTime).at(-1);
      // "urged Russia on Friday to accept": a time phrase between the object and the infinitive does not part them
      const time = left.at(-1)?.isTime ? left.at(-1)! : undefined;
      const end = time && before && time.b === skipBack(v, g.a) && (time.a === before.b || (time.a === before.b + 1 && time.prep !== null)) ? time.b : before?.b;
      const adjacent = before && end === skipBack(v, g.a);
      const parentHead = v.lemmas[clauses[prev]!.group.head]!;
      if (adjacent && before.possessor) c.args.push({ ...arg('subject', before), a: before.possessor[0], b: before.possessor[1], parts: [before.possessor], head: before.possessor[1] - 1 });
      else if (adjacent && OBJECT_CONTROL.has(parentHead) && (before.prep === null || before.prep === 'on' || before.prep === 'upon')) c.args.push({ ...arg('subject', before), prep: null });
      else inheritSubject(c, prev, subjectOf(clauses, prev));
    } else if (g.form === 'participle') {
      // (set off by a comma: "Kenya, backed by the United States,")
      const noun = phrases.find((p) => p.b === g.a) ?? (v.words[g.a - 1] === ',' ? phrases.find((p) => p.b === g.a - 1 && p.prep === null) : undefined);
      if (noun) c.args.push(arg('subject', noun));
      c.link = 'relative';
      c.parent = prev;
    } else if (g.form === 'gerund') {
      const before = left.at(-1);
      const afterPrep = g.a > v.from && (v.pos[g.a - 1] === 'ADP' || v.pos[g.a - 1] === 'SCONJ');
      c.parent = prev;
      c.link = afterPrep && !SUBORDINATORS.has(v.words[g.a - 1]!) ? 'complement' : 'adverbial';
      const parentObject = prev !== null && afterPrep ? clauses[prev]!.args.find((x) => x.role === 'object' && x.b <= g.a) : undefined;
      // "accused the group of killing, maiming and looting": a gerund listed after a gerund complement (and/or between, or a
      // comma right after a bare gerund) is another item of the same list: it shares that gerund's subject, not the subject
      // of the clause above. (", alleging the moves ..." after "from transferring migrants to the base" is no list item.)
      const joiner = v.words[skipBack(v, g.a) - 1] ?? '';
      const listed = prev !== null && !afterPrep && clauses[prev]!.group.form === 'gerund' && (clauses[prev]!.link === 'complement' || clauses[prev]!.link === 'coordinate')
        && (joiner === 'and' || joiner === 'or' || (joiner === ',' && skipBack(v, g.a) - 1 === clauses[prev]!.group.b));
      if (listed) {
        c.link = 'coordinate';
        inheritSubject(c, prev, subjectOf(clauses, prev));
      } else if (afterPrep && before && before.b === g.a - 1 && before.possessor) c.args.push({ ...arg('subject', before), a: before.possessor[0], b: before.possessor[1], parts: [before.possessor], head: before.possessor[1] - 1 });
      // "accused Russia of shelling", "congratulating him on assuming": the object of the clause before acts.
      else if (parentObject && c.link === 'complement') c.args.push({ ...parentObject, role: 'subject', inherited: prev });
      else if (prev !== null) {
        // ", expressing ..., and discussing ...": an adverbial participle shares the subject of the clause it hangs on, not of a complement.
        // "attacked since the withdrawal started, inflicting ...": after a comma, past a finite clause opened by a subordinator too.
        let from = prev;
        const afterComma = v.words[skipBack(v, g.a) - 1] === ',';
        while (c.link === 'adverbial' && clauses[from]!.parent !== null
          && (clauses[from]!.link === 'complement' || (afterComma && clauses[from]!.link === 'adverbial' && clauses[from]!.group.form === 'finite'))) from = clauses[from]!.parent!;
        inheritSubject(c, from, subjectOf(clauses, from));
      }
    } else {
      const rel = relativeBefore(v, g.a, leftFrom);
      const antecedent = rel !== null ? phrases.find((p) => p.b === rel || (v.words[p.b] === ',' && p.b + 1 === rel)) : undefined;
      const bare = left.filter((p) => (p.prep === null || opensClause(v, p, groups, left)) && !p.isTime && !(rel !== null && p.a >= rel));
      let subject = bare.at(-1);
      // "Pakistan, a key U.S. ally in the war on terror, has refused": the appositive between commas describes the subject before it.
      const named = subject ? bare[bare.indexOf(subject) - 1] : undefined;
      if (subject && named && named.b + 1 === subject.a && v.words[named.b] === ',' && v.words[g.a - 1] === ',' && named.parts.length === 1) subject = named;
      const coordinated = prev !== null && COORDINATORS.has(v.words[skipBack(v, g.a) - 1] ?? '');
      // "British aircraft using guided missiles killed", "A Chilean offer to host talks surprised": a gerund or infinitive
      // that hangs on the noun before it (no clause of its own before) leaves that noun the subject of the verb after it.
      const modified = !coordinated && rel === null && prev !== null ? postModified(v, clauses, prev, phrases) : undefined;
      const described = !coordinated && rel === null && prev !== null && !modified ? closedRelative(v, clauses, prev, g.a) : undefined;
      if (described) {
        // "China, which has been North Korea's closest ally, expressed concern": the relative clause between commas
        // describes the subject of the verb after it.
        c.args.push({ ...described.subject, inherited: null });
        described.clause.parent = k;
      } else if (modified) {
        c.args.push(arg('subject', modified));
        usedAsSubject.add(modified);
        const mod = clauses[prev!]!;
        mod.parent = k;
        mod.link = mod.group.form === 'infinitive' ? 'complement' : 'relative';
        if (mod.group.form === 'gerund' && !mod.args.some((x) => x.role === 'subject')) mod.args.push(arg('subject', modified));
      } else if (coordinated) {
        inheritSubject(c, prev, subjectOf(clauses, prev));
        c.parent = prev;
        c.link = 'coordinate';
      } else if (antecedent) {
        c.args.push(arg('subject', antecedent, null));
        c.link = 'relative';
        c.parent = prev;
      } else if (subject) {
        c.args.push({ ...arg('subject', subject), prep: null });
        usedAsSubject.add(subject);
        // "if Somalia attacks", "unless Iran stops": a clause opened by a subordinator hangs on the clause before it.
        if (subject.prep !== null && prev !== null) { c.parent = prev; c.link = 'adverbial'; }
      } else if (prev !== null && !SAY_VERBS.has(v.lemmas[g.head]!)) {
        inheritSubject(c, prev, subjectOf(clauses, prev));
        c.parent = prev;
        c.link = left.length === 0 && /^(and|or|but|,)$/.test(v.words[g.a - 1] ?? '') ? 'coordinate' : 'adverbial';
      }
    }
    // Right side: object and prepositional roles up to the next verb group.
    const rightTo = k + 1 < clauses.length ? clauses[k + 1]!.group.a : v.to;
    for (const found of between(g.b, rightTo)) {
      const p = g.particle && found.a === g.b && found.prep === g.particle ? { ...found, prep: null } : found;
      if (p.prep !== null && opensClause(v, p, groups, phrases)) break;
      if (p.prep === null && !p.isTime) {
        const hasSubject = c.args.some((x) => x.role === 'subject');
        if (!hasSubject && SAY_VERBS.has(v.lemmas[g.head]!)) { c.args.push(arg('subject', p)); continue; }
        if (!c.args.some((x) => x.role === 'object') && !followedByGroup(v, p, groups)) c.args.push(arg('object', p));
      } else if (p.prep !== null && !p.isTime) {
        c.args.push(arg(p.prep === 'by' && c.group.voice === 'passive' ? 'agent' : 'prep', p));
      }
    }
  });
  linkNounContent(v, clauses);
  linkReportedSpeech(v, clauses);
  clauses.push(...nominalClauses(v, phrases, clauses));
  return clauses;
}

/**
 * The noun phrase a sentence-initial gerund or infinitive modifies, when the finite verb after it has no
 * subject of its own in between but the modifier's object: "NP V-ing/to-V (object) VERB". Null otherwise.
 */
function postModified(v: SentenceView, clauses: RawClause[], prev: number, phrases: Phrase[]): Phrase | undefined {
  const mod = clauses[prev]!;
  if (mod.parent !== null || (mod.group.form !== 'gerund' && mod.group.form !== 'infinitive')) return undefined;
  const before = prev > 0 ? clauses[prev - 1]!.group.b : v.from;
  const noun = phrases.find((p) => p.b === mod.group.a && p.a >= before);
  if (!noun || noun.prep !== null || noun.isTime || !['NOUN', 'PROPN'].includes(v.pos[noun.head]!)) return undefined;
  // only the noun phrase stands before the modifier (a subject position), not a fronted phrase or clause.
  if (phrases.some((p) => p !== noun && p.a >= before && p.b <= noun.a) || v.words.slice(before, noun.a).some((w) => w === ',')) return undefined;
  return noun;
}

/**
 * The relative clause set off by commas that ends right before a verb group at `a` ("China, which has been an
 * ally, | expressed"), reached from the clause before through the clauses it governs, with its antecedent.
 */
function closedRelative(v: SentenceView, clauses: RawClause[], prev: number, a: number): { clause: RawClause; subject: RawArg } | undefined {
  if (v.words[skipBack(v, a) - 1] !== ',') return undefined;
  let j: number | null = prev;
  for (let n = 0; j !== null && clauses[j]!.link !== 'relative' && n < 4; n++) j = clauses[j]!.parent;
  const r = j !== null ? clauses[j]! : undefined;
  const subject = r?.link === 'relative' && (r.group.form === 'finite' || r.group.form === 'participle') ? r.args.find((x) => x.role === 'subject' && x.inherited === null) : undefined;
  // the antecedent is closed by a comma before the relative word ("China, which") or the participle ("Kenya, backed by")
  return subject && v.words[subject.b] === ',' && (r!.group.form === 'participle' ? subject.b + 1 === r!.group.a : RELATIVES.has(v.words[subject.b + 1] ?? ''))
    ? { clause: r!, subject } : undefined;
}

const COORDINATORS = new Set(['and', 'or', 'but']);

function subjectOf(clauses: RawClause[], i: number | null): RawArg | undefined {
  return i === null ? undefined : clauses[i]!.args.find((x) => x.role === 'subject');
}

function inheritSubject(c: RawClause, from: number, subject: RawArg | undefined): void {
  if (subject) c.args.push({ ...subject, inherited: subject.inherited ?? from });
}

function skipBack(v: SentenceView, i: number): number {
  while (i > v.from && v.pos[i - 1]! === 'ADV') i--;
  return i;
}

function relativeBefore(v: SentenceView, a: number, from: number): number | null {
  let i = a - 1;
  while (i >= from && v.pos[i]! === 'ADV') i--;
  if (i < from || !RELATIVES.has(v.words[i]!)) return null;
  if (v.words[i] === 'that' && (v.pos[i]! === 'SCONJ' || i === v.from || !['NOUN', 'PROPN'].includes(v.pos[i - 1]!))) return null;
  return i;
}

/** "if Somalia attacks", "unless Iran stops": a phrase after a subordinator, right before a finite verb, is that clause's subject. */
function opensClause(v: SentenceView, p: Phrase, groups: VerbGroup[], phrases: Phrase[] = []): boolean {
  if (p.prep === null || !SUBORDINATORS.has(p.prep) || p.prep === 'as' || p.parts.length !== 1) return false;
  // "if threats by Iran escalate": of/by/from phrases right after the subject belong to it
  let end: Phrase = p;
  const after = (x: Phrase) => phrases.find((q) => q.a === x.b + 1 && q.prep !== null && NOUN_PREPS.has(q.prep) && v.words[x.b] === q.prep);
  for (let next = after(end); next; next = after(end)) end = next;
  return followedByGroup(v, end, groups);
}

/** Prepositions whose phrase right after a noun belongs to that noun. */
const NOUN_PREPS = new Set(['of', 'by', 'from']);

function openedBySubordinator(v: SentenceView, c: RawClause): boolean {
  const sub = c.args.find((x) => x.role === 'subject' && x.inherited === null);
  return !!sub && sub.a > v.from && SUBORDINATORS.has(v.words[sub.a - 1]!) && c.link === 'adverbial';
}

function followedByGroup(v: SentenceView, p: Phrase, groups: VerbGroup[]): boolean {
  let i = p.b;
  while (i < v.to && v.pos[i]! === 'ADV') i++;
  return groups.some((g) => g.a === i && g.form === 'finite');
}

/**
 * "its demand that Russia withdraw", "a call that all sides lay down arms": a that-clause with its own subject and
 * object after a noun tells the noun's content; it hangs on the clause that holds the noun (the events stage reads
 * the noun as its wrapper). An object relative ("the plan that Kenya proposed") has no object and is left alone.
 */
function linkNounContent(v: SentenceView, clauses: RawClause[]): void {
  clauses.forEach((c) => {
    const sub = c.args.find((x) => x.role === 'subject');
    if (c.group.form !== 'finite' || c.parent !== null || !sub || sub.inherited !== null || sub.a < v.from + 2) return;
    // ("reiterated its demand today that Israel ease ...": a time word between the noun and "that" does not part them)
    const last = sub.a - 2 > v.from && TIME_WORDS.has(v.words[sub.a - 2]!) ? sub.a - 3 : sub.a - 2;
    if (v.words[sub.a - 1] !== 'that' || v.pos[last] !== 'NOUN' || !c.args.some((x) => x.role === 'object' || x.role === 'prep')) return;
    const holder = clauses.findIndex((d) => d !== c && d.args.some((x) => x.role !== 'subject' && x.a <= last && x.b === last + 1));
    if (holder < 0) return;
    c.parent = holder;
    c.link = 'complement';
  });
}

/** The noun before "that" (and a time word) right before token `a` names what is asked or promised: "its demand (today) that". */
function namesContent(v: SentenceView, a: number): boolean {
  const last = a - 2 > v.from && TIME_WORDS.has(v.words[a - 2]!) ? a - 3 : a - 2;
  const lemma = v.lemmas[last];
  return lemma !== undefined && ASKING_NOUNS.has(lemma);
}

/**
 * "X said (that) Y would ...": the clause after a verb of saying is reported by it. "Y did Z, X said":
 * the clauses before a closing verb of saying are reported by it.
 */
function linkReportedSpeech(v: SentenceView, clauses: RawClause[]): void {
  clauses.forEach((c, k) => {
    const lemma = v.lemmas[c.group.head]!;
    const say = SAY_VERBS.has(lemma) || lemma === 'deny';
    if (!say && !THAT_VERBS.has(lemma)) return;
    // not a clause opened by a subordinator ("threatened to strike unless Iran rescinded ..."): that is a condition.
    const next = clauses.slice(k + 1).findIndex((d) => d.group.form === 'finite' && d.link !== 'relative' && !openedBySubordinator(v, d));
    if (next >= 0) {
      const d = clauses[k + 1 + next]!;
      const sub = d.args.find((x) => x.role === 'subject');
      // (not a noun's content already linked: "reiterated its demand that Israel ease ...")
      // (not "told reporters that Iran is ...": only a noun that names what is said or asked holds the clause)
      const content = d.link === 'complement' && d.parent !== null && !!sub && namesContent(v, sub.a);
      if (sub && sub.inherited === null && sub.a > c.group.head && !content && !quoteClosesBetween(v, c.group.head, sub.a)) { d.parent = k; d.link = say ? 'reported' : 'complement'; c.args = c.args.filter((x) => x.role !== 'object' || x.a !== sub.a); }
    }
    if (!say) return;
    const sub = c.args.find((x) => x.role === 'subject');
    const closing = k > 0 && sub !== undefined && (v.words[sub.a - 1] === ',' || v.words[c.group.a - 1] === ',');
    if (closing) for (let j = 0; j < k; j++) if (clauses[j]!.parent === null) { clauses[j]!.parent = k; clauses[j]!.link = 'reported'; }
  });
}

/**
 * A quotation closes between tokens a and b ("“We agree with the plan,” and the focus now is ..."): what
 * follows is outside the quote and no complement of a verb inside it. A straight mark closes when it is
 * glued to the word before it.
 */
function quoteClosesBetween(v: SentenceView, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) {
    const w = v.words[i];
    if (w === '”') return true;
    if (w === '"' && v.tokens[i - 1]!.end === v.tokens[i]!.start) return true;
  }
  return false;
}

const NOMINAL_PREPS = new Set(['with', 'to', 'against', 'on', 'between', 'by', 'from', 'into', 'over', 'in', 'of', 'for', 'at', 'toward', 'towards']);

/** Nouns with arguments ("a phone call with his counterpart", "Syria's readiness", "the rebel offensive"). */
function nominalClauses(v: SentenceView, phrases: Phrase[], verbs: RawClause[]): RawClause[] {
  const out: RawClause[] = [];
  phrases.forEach((p, k) => {
    if (p.parts.length > 1 || p.isTime || (v.pos[p.head] !== 'NOUN' && v.pos[p.head] !== 'ADJ')) return;
    const args: RawArg[] = [];
    if (p.possessor) args.push({ role: 'possessor', prep: null, a: p.possessor[0], b: p.possessor[1], head: p.possessor[1] - 1, parts: [p.possessor], inherited: null });
    const modFrom = p.possessor ? p.possessor[1] + (v.words[p.possessor[1]] === "'s" || v.words[p.possessor[1]] === "'" ? 1 : 0) : p.a;
    let m = modFrom;
    while (m < p.head && v.pos[m] !== 'ADJ' && v.pos[m] !== 'PROPN' && v.pos[m] !== 'NOUN') m++;
    while (m < p.head && v.words[m - 1] === '-') m++;
    if (m < p.head) args.push({ role: 'modifier', prep: null, a: m, b: p.head, head: p.head - 1, parts: [[m, p.head]], inherited: null });
    let end = p.b;
    let preps = 0;
    for (let n = k + 1; n < phrases.length && preps < 3; n++) {
      const q = phrases[n]!;
      // "called a meeting Wednesday of the Security Council": a bare time phrase between a noun and its phrase does not part them
      if (preps === 0 && end === p.b && q.a === end && q.isTime && q.prep === null && phrases[n + 1]?.a === q.b + 1) { end = q.b; continue; }
      if (q.a !== end + 1 || !q.prep || !NOMINAL_PREPS.has(q.prep)) break;
      // "by" and "of" attach to the nearest noun: "protests against violations by the army" (the army violates).
      if ((q.prep === 'by' || q.prep === 'of') && preps > 0) break;
      args.push(arg('prep', q));
      preps++;
      end = q.b;
    }
    // One pass over the verbs' arguments: is the noun an argument (not inherited) of one, and the first verb holding it
    // outside its subject (or a participle on it), else the first holding it as subject.
    let isArgument = false;
    let parent = -1;
    let subjectParent = -1;
    // (once it is an argument with a parent, later verbs change nothing)
    for (let i = 0; i < verbs.length && !(isArgument && parent >= 0); i++) {
      const c = verbs[i]!;
      for (const x of c.args) {
        const holds = x.a <= p.a && x.b >= p.b;
        if (holds && x.inherited === null) isArgument = true;
        if (parent < 0 && ((holds && x.role !== 'subject') || (c.group.form === 'participle' && x.a === p.a))) parent = i;
        if (subjectParent < 0 && holds && x.role === 'subject') subjectParent = i;
      }
    }
    if (args.length === 0 && !isArgument) return;
    const group: VerbGroup = { a: p.head, b: p.head + 1, head: p.head, form: 'finite', tense: 'none', voice: 'active', negated: false, modal: null, particle: null, copula: false };
    out.push({ kind: 'noun', group, args, parent: parent >= 0 ? parent : subjectParent >= 0 ? subjectParent : null, link: parent >= 0 || subjectParent >= 0 ? 'nominal' : null, phrase: p });
  });
  return out;
}
