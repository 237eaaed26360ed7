import { describe, expect, it } from 'vitest';
import { findMarkedSpans } from './quote-marks.js';

const para = (text: string) => {
  const out: Array<{ id: string; start: number; end: number }> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ id: `p${out.length + 1}`, start, end: start + line.length });
    start += line.length + 1;
  }
  return out;
};
const spans = (text: string) => findMarkedSpans(text, para(text)).map((s) => text.slice(s.start, s.end));

describe('quote marks', () => {
  it.each([
    ['straight', 'He said "we will win" today.', ['we will win']],
    ['curly', 'He said “we will win” today.', ['we will win']],
    ['straight open, curly close', '"We will win,” he said.', ['We will win']],
    ['curly open, straight close', 'on “assuming his duties" as minister', ['assuming his duties']],
    ['two quotes in one sentence', '"We will win," he said, "and soon."', ['We will win', 'and soon.']],
    ['one word', 'He held a call, “congratulating” him.', ['congratulating']],
    ['nested single quotes', 'She said "they called it \'a farce\' and left" then.', ["they called it 'a farce' and left"]],
    ['several sentences', '"It is over. We won. Go home," he said.', ['It is over. We won. Go home']],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('does not take apostrophes for quote marks', () => {
    expect(spans('Hay’at Tahrir al-Sham took Syria’s capital; diplomats’ visits followed.')).toEqual([]);
    expect(spans("The group's leader said it's over.")).toEqual([]);
  });

  it('runs an unclosed quote to the end of its paragraph and marks the next paragraph a continuation', () => {
    const text = '"We came to stay. We will not leave.\n"Nobody can move us," he said.\nThe talks ended.';
    const found = findMarkedSpans(text, para(text));
    expect(found.map((s) => text.slice(s.start, s.end))).toEqual(['We came to stay. We will not leave.', 'Nobody can move us']);
    expect(found.map((s) => [s.close === null, s.continuation])).toEqual([[true, false], [false, true]]);
  });

  it('closes an unbalanced quote at its last sentence end when another opens', () => {
    const text = 'He said "we will win. Then she spoke: "no way," she said.';
    expect(spans(text)).toEqual(['we will win.', 'no way']);
  });
});
