import type { Sentence, Token } from '../../document/schema.js';

/**
 * Capitalised function words that open a sentence (closed classes of English: determiners, pronouns,
 * prepositions, conjunctions, sentence adverbs). Inside a sentence they are written in lower case, so
 * one written capitalised right after a short heading-like phrase starts a new sentence.
 */
const OPENERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'both', 'some', 'many', 'most', 'more', 'several', 'few', 'each',
  'every', 'all', 'another', 'other', 'such', 'no', 'even', 'despite', 'while', 'though', 'although', 'whereas', 'between',
  'since', 'because', 'as', 'when', 'until', 'after', 'before', 'during', 'in', 'on', 'at', 'from', 'for', 'with',
  'without', 'under', 'over', 'among', 'amid', 'according', 'unlike', 'like', 'but', 'and', 'yet', 'so', 'it', 'he',
  'she', 'they', 'we', 'its', 'his', 'her', 'their', 'our', 'there', 'here', 'now', 'then', 'still', 'also', 'however',
  'meanwhile', 'instead', 'once', 'if', 'whether', 'what', 'who', 'how', 'why', 'where',
]);

/** First words of sentences, not of headings ("This marks Rubio's second visit"). */
const NOT_FIRST = new Set(['this', 'that', 'these', 'those', 'it', 'there', 'here']);

/** Parts of speech a heading never holds: "The case went before The Hague" is a sentence, not a heading. */
const NOT_IN_HEADING = new Set(['AUX', 'PART', 'PRON', 'PUNCT', 'SYM', 'X']);
/** Parts of speech a heading ends with ("Financial strain", "Role of Russia"), never "Reporters at". */
const HEADING_END = new Set(['NOUN', 'PROPN', 'ADJ']);
const MIN_HEADING = 2;
const MAX_HEADING = 6;
/** Tokens the sentence after a heading has at least ("Both camps opened in the 1990s."). */
const MIN_REST = 4;

/**
 * Run-in headings: scraped news often glues a section heading to the sentence after it, with no full
 * stop between ("Financial strain Both camps opened in the 1990s", "Countering China Though he is not
 * anti-China, ..."). Such a heading is left out of the sentence, as a dateline is, so that it is not
 * read as the subject or as a clause of its own. A heading is 2-6 words starting with a capital (not
 * "This", "It", "There"), with no verb (a first -ing word aside: "Countering China"), pronoun or
 * punctuation, ending with a noun or adjective that does not describe a name after it; what follows
 * starts with a capitalised function word ("Both", "Though", "The"), never a name ("Council members
 * Greece and Panama", "This marks Rubio's visit"), and holds a verb. `isRole` tells words that describe
 * the name after them (roles of data/kb/roles, back-reference nouns of the patterns' lexicon: "vice
 * premier He Lifeng", "rights group The Elders").
 */
export function splitRunInHeadings(text: string, tokens: readonly Token[], sentences: readonly Sentence[], isRole: (word: string) => boolean): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const [a, b] = s.tokens;
    const k = headingEnd(text, tokens, a, b, isRole);
    out.push(k < 0 ? { ...s, id: `s${out.length + 1}` } : { ...s, id: `s${out.length + 1}`, start: tokens[k]!.start, tokens: [k, b] });
  }
  return out;
}

/** The index of the token after a heading that opens the sentence [a, b), or -1. */
function headingEnd(text: string, tokens: readonly Token[], a: number, b: number, isRole: (word: string) => boolean): number {
  const word = (i: number) => text.slice(tokens[i]!.start, tokens[i]!.end);
  if (b - a < MIN_HEADING + MIN_REST || !capitalised(word(a)) || NOT_FIRST.has(word(a).toLowerCase())) return -1;
  for (let k = a + 1; k <= Math.min(a + MAX_HEADING, b - MIN_REST); k++) {
    const prev = tokens[k - 1]!;
    // the heading so far: no verb but a first -ing word, no pronoun or punctuation
    if (NOT_IN_HEADING.has(prev.pos) || (prev.pos === 'VERB' && !(k - 1 === a && /ing$/.test(word(a))))) return -1;
    if (k - a < MIN_HEADING || !HEADING_END.has(prev.pos)) continue;
    const opener = word(k);
    // (a whole word: "Ahn So-young" is a name)
    if (capitalised(opener) && OPENERS.has(opener.toLowerCase()) && tokens[k + 1]!.start > tokens[k]!.end && !isRole(word(k - 1).toLowerCase()) && hasVerb(tokens, k + 1, b)) return k;
  }
  return -1;
}

function capitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 65 && c <= 90 && w.length > 1 && w !== w.toUpperCase();
}

function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') return true;
  return false;
}
