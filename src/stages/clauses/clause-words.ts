import { MONTHS, WEEKDAYS } from '../times/calendar-words.js';
/** Closed word classes the clause analysis relies on (English function words, not knowledge). */
export const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", 'wo', 'ca']);
export const FUTURE_MODALS = new Set(['will', 'shall', "'ll", 'wo']);
export const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
export const RELATIVES = new Set(['who', 'which', 'that', 'whom']);
export const PARTICLES = new Set(['up', 'out', 'off', 'down', 'back', 'away', 'over', 'on', 'in', 'into']);
/** Verbs that introduce reported speech: the clause after them is what was said. */
export const SAY_VERBS = new Set([
  'say', 'tell', 'state', 'announce', 'stress', 'add', 'note', 'confirm', 'affirm', 'warn', 'claim', 'report',
  'insist', 'declare', 'reiterate', 'assert', 'allege', 'explain', 'emphasize', 'emphasise', 'underline',
  'indicate', 'reveal', 'write', 'tweet', 'post', 'acknowledge', 'admit', 'argue', 'suggest', 'believe', 'point', 'assure',
]);
/** Words that name a time, never an actor (a subject candidate that is only these is skipped). */
export const TIME_WORDS = new Set([
  ...WEEKDAYS, 'today', 'yesterday', 'tomorrow', 'tonight', 'overnight', ...MONTHS, 'week', 'month', 'year', 'day',
  'night', 'morning', 'evening', 'afternoon',
  'weekend', 'earlier', 'later', 'last', 'next', 'this', 'the', 'on', 'late', 'early',
]);
/**
 * Nouns of asking, promising, planning and threatening ("its call that", "its demand that", "plans that Modi will visit"): a
 * that-clause after one tells what is asked, promised or planned, no fact (unlike "the claim that", "reports that").
 */
export const ASKING_NOUNS = new Set(['call', 'appeal', 'request', 'order', 'offer', 'invitation', 'ultimatum', 'plea', 'urging', 'demand',
  'insistence', 'promise', 'pledge', 'plan', 'proposal', 'threat', 'warning']);

/** Nouns whose that-clause tells their content ("reports that", "plans that Modi will visit"), not a relative clause on them. */
export const CONTENT_NOUNS = new Set([
  'claim', 'report', 'news', 'fact', 'fear', 'hope', 'sign', 'evidence', 'belief', 'view', 'warning', 'assurance', 'allegation',
  'accusation', 'charge', 'rumor', 'rumour', 'notion', 'argument', 'indication', 'suggestion', 'statement', 'promise', 'pledge',
  'demand', 'insistence', 'message', 'word', 'idea', 'plan', 'proposal', 'concern', 'possibility', 'chance', 'risk', 'doubt',
  'worry', 'expectation', 'assessment', 'conclusion', 'finding', 'impression', 'confirmation', 'announcement', 'decision',
  'agreement', 'condition', 'threat', 'speculation', 'reminder', 'sense', 'understanding', 'proof', 'assertion', 'insinuation',
]);
/** Subordinators that open an adverbial clause: its subject is never taken from the main clause's object. */
export const SUBORDINATORS = new Set(['after', 'before', 'while', 'when', 'because', 'since', 'although', 'though', 'if', 'unless', 'as', 'until', 'whereas', 'whether']);
/** Verbs that take a that-clause of what is wanted, promised or decided (the clause is their complement). */
export const THAT_VERBS = new Set([
  'demand', 'insist', 'urge', 'ask', 'request', 'order', 'propose', 'recommend', 'agree', 'decide', 'threaten',
  'promise', 'pledge', 'vow', 'hope', 'want', 'expect', 'require', 'suggest', 'press', 'call',
]);
/** Irregular past forms of English verbs, for heads whose tag wink got wrong (so its lemma is the word). */
/** Present forms of be and have that are not their lemma plus -s ("is", "are", "has"): indicative, a state told. */
export const PRESENT_BE_HAVE: ReadonlySet<string> = new Set(['is', 'are', 'am', "'s", '’s', "'re", '’re', "'m", '’m', 'has']);

export const IRREGULAR_PAST: Record<string, string> = Object.fromEntries(
  ('shot:shoot struck:strike fought:fight held:hold met:meet took:take taken:take blew:blow blown:blow drove:drive driven:drive '
    + 'threw:throw thrown:throw gave:give given:give sent:send brought:bring began:begin begun:begin led:lead broke:break broken:break '
    + 'froze:freeze frozen:freeze told:tell sought:seek spoke:speak spoken:speak fled:flee withdrew:withdraw withdrawn:withdraw '
    + 'overran:overrun slew:slay slain:slay made:make went:go gone:go came:come rose:rise swore:swear sworn:swear stole:steal '
    + 'stolen:steal forbade:forbid shook:shake undertook:undertake beaten:beat laid:lay paid:pay sold:sell bought:buy caught:catch '
    + 'kept:keep left:leave lost:lose won:win wrote:write written:write said:say fell:fall fallen:fall hid:hide hidden:hide '
    + 'rode:ride arose:arise chose:choose chosen:choose ate:eat flew:fly flown:fly saw:see seen:see knew:know known:know').split(' ').map((p) => p.split(':') as [string, string]),
);
/** Participles that, after "be" and before "to", tell a stance of the subject, not a passive: "is opposed to", "is committed to". */
export const STANCE_PARTICIPLES = new Set(['oppose', 'commit', 'dedicate', 'devote']);
/** Role nouns whose of-phrase names the body they belong to ("the head of the intelligence service"). */
export const ROLE_NOUNS = new Set([
  'head', 'chief', 'leader', 'president', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'director',
  'commander', 'member', 'envoy', 'ambassador', 'governor', 'chairman', 'chair', 'representative', 'delegation', 'official',
  'officer', 'troop', 'force', 'army', 'police', 'government', 'ministry', 'king', 'emir', 'premier', 'mayor', 'general',
  'dozen', 'dozens', 'tens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'score', 'scores', 'number', 'group',
  'handful', 'some', 'many', 'several', 'most', 'all', 'none', 'part', 'majority', 'supporter', 'unit',
]);
