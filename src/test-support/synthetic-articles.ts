/**
 * Synthetic wire-style articles for store tests and benchmarks: sentences drawn from a small pool
 * of actors and actions with a seeded generator, so every run builds the same corpus.
 */
const ACTORS = ['Iran', 'Iraq', 'Turkey', 'Syria', 'Israel', 'Egypt', 'Jordan', 'Lebanon', 'Russia', 'China', 'the United States', 'France', 'Germany', 'Ukraine', 'Sudan', 'Ethiopia'];
const ACTIONS = ['met officials from', 'accused', 'signed an agreement with', 'criticized', 'sent aid to', 'threatened', 'praised', 'imposed sanctions on', 'held talks with', 'attacked positions of'];
const PLACES = ['BAGHDAD', 'ANKARA', 'CAIRO', 'BEIRUT', 'AMMAN', 'MOSCOW', 'GENEVA', 'KHARTOUM'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

export function seededRandom(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 2 ** 32;
  };
}

export interface SyntheticArticle {
  id: string;
  text: string;
  published: string;
  source: string;
}

export function syntheticArticles(count: number, seed = 7): SyntheticArticle[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const out: SyntheticArticle[] = [];
  for (let i = 0; i < count; i++) {
    const sentences: string[] = [];
    const n = 4 + Math.floor(rnd() * 5);
    for (let k = 0; k < n; k++) {
      const a = pick(ACTORS);
      let b = pick(ACTORS);
      if (b === a) b = pick(ACTORS);
      sentences.push(`${a[0]!.toUpperCase()}${a.slice(1)} ${pick(ACTIONS)} ${b} on ${pick(DAYS)}, officials said in statement number ${i}-${k}.`);
    }
    const day = 1 + Math.floor(rnd() * 28);
    out.push({ id: `syn-${i}`, text: `${pick(PLACES)} — ${sentences.join(' ')}`, published: `2024-03-${String(day).padStart(2, '0')}`, source: `Outlet ${i % 5}` });
  }
  return out;
}
