/** Small counts written as words, as they appear in durations ("five-decade-long", "the next fifty years"). */
const WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

/** Regular-expression source matching a count: digits, a number word, or "several"/"few"/"many". */
export const COUNT_SOURCE = `(?:\\d{1,4}|${Object.keys(WORDS).join('|')}|several|few|many|couple of)`;

/** The number a count stands for, or null for vague counts ("several"). */
export function countValue(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return WORDS[w] ?? null;
}
