import { describe, expect, it } from 'vitest';
import { KeyFilter } from './key-filter.js';

describe('KeyFilter', () => {
  it('has every key added', () => {
    const f = new KeyFilter();
    const keys = Array.from({ length: 20000 }, (_, i) => `name${i}`);
    for (const k of keys) f.add(k);
    expect(keys.every((k) => f.mayHave(k))).toBe(true);
  });

  it('rules out most keys never added', () => {
    const f = new KeyFilter();
    for (let i = 0; i < 20000; i++) f.add(`name${i}`);
    const others = Array.from({ length: 10000 }, (_, i) => `word${i}`);
    const maybe = others.filter((k) => f.mayHave(k)).length;
    expect(maybe).toBeLessThan(others.length * 0.1);
  });

  it('has nothing when empty, and tells apart words that differ by one letter in a tiny table', () => {
    const f = new KeyFilter(3);
    expect(f.mayHave('iraq')).toBe(false);
    f.add('iraq');
    expect(f.mayHave('iraq')).toBe(true);
    expect(['', 'a', 'iran', 'syria'].filter((k) => f.mayHave(k)).length).toBeLessThan(4);
  });
});
