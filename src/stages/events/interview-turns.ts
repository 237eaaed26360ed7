import type { ReadoutDocument } from '../../document/schema.js';

/**
 * Interview transcripts (a Q&A story): sentences opened by a speaker label ("VOA: ...", "Armitage: ...",
 * "Jane Doe, former envoy: ..."), questions and answers in turn. What an interviewee says in an answer is told on
 * the day of the interview, which the story does not give, and is mostly the past the interview is about ("the
 * Russia attack on Ukraine", "Russia has violated the sovereignty of Ukraine"): an act in an answer with no day of
 * its own is not a new act dated to publication (events-stage.ts). Acts in the questions are the interviewer's
 * framing and stay, and so does an act with a day.
 */

/**
 * A speaker label: one to four capitalised words (a name, an outlet, "Q"), optionally followed by an appositive
 * after a comma ("Richard Armitage, former U.S. deputy secretary of state"), then a colon. A lower-case word before
 * the colon ("Look what's happened in the last year: ...") is a sentence, not a label.
 */
const LABEL = /^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,[^:"“”?!;]{1,80})?:\s+\S/;
/** Turns of each kind a story needs to be read as a transcript: a question and an answer at least twice. */
const MIN_TURNS = 2;

/** The ids of the sentences in the answer turns of an interview transcript (none when the story is not one). */
export function answerSentences(doc: Pick<ReadoutDocument, 'text' | 'sentences'>): Set<string> {
  const turns: Array<{ first: number; last: number }> = [];
  doc.sentences.forEach((s, i) => {
    if (LABEL.test(doc.text.slice(s.start, Math.min(s.end, s.start + 160)))) {
      if (turns.length > 0) turns[turns.length - 1]!.last = i - 1;
      turns.push({ first: i, last: doc.sentences.length - 1 });
    }
  });
  // a turn is a question when its last sentence asks one
  const asks = (t: { last: number }) => /\?\s*["”’]?\s*$/.test(doc.text.slice(doc.sentences[t.last]!.start, doc.sentences[t.last]!.end));
  const answers = turns.filter((t) => !asks(t));
  const out = new Set<string>();
  if (answers.length < MIN_TURNS || turns.length - answers.length < MIN_TURNS) return out;
  for (const t of answers) for (let i = t.first; i <= t.last; i++) out.add(doc.sentences[i]!.id);
  return out;
}
