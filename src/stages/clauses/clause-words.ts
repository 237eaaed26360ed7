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
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow',
  'tonight', 'overnight', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'week', 'month', 'year', 'day', 'night', 'morning', 'evening', 'afternoon',
  'weekend', 'earlier', 'later', 'last', 'next', 'this', 'the', 'on', 'late', 'early',
]);
/** Subordinators that open an adverbial clause: its subject is never taken from the main clause's object. */
export const SUBORDINATORS = new Set(['after', 'before', 'while', 'when', 'because', 'since', 'although', 'though', 'if', 'unless', 'as', 'until', 'whereas']);
