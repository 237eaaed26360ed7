/**
 * The first index in [0, n) where `past` holds, given that it holds from some index on (a partition
 * point by binary search), or n. Spans in text order answer "first token starting at or after x"
 * with `firstIndex(tokens.length, (i) => tokens[i].start >= x)`.
 */
export function firstIndex(n: number, past: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The index of the token that starts exactly at a character offset, if one does. */
export type TokenAt = (start: number) => number | undefined;

export function tokenStartingAt(tokens: ReadonlyArray<{ start: number }>): TokenAt {
  return (start) => {
    const i = firstIndex(tokens.length, (k) => tokens[k]!.start >= start);
    return i < tokens.length && tokens[i]!.start === start ? i : undefined;
  };
}
