import { describe, expect, it } from 'vitest';
import { TokenTrie } from './token-trie.js';

describe('TokenTrie', () => {
  const trie = new TokenTrie<string>();
  trie.insert(['islamic', 'state'], 'is');
  trie.insert(['islamic', 'state', 'khorasan'], 'isk');
  trie.insert(['iraq'], 'irq');

  it('finds every name starting at a word, shortest first', () => {
    const keys = ['the', 'islamic', 'state', 'khorasan', 'said'];
    expect(trie.matchAt(keys, 1)).toEqual([[3, ['is']], [4, ['isk']]]);
    expect(trie.matchAt(keys, 0)).toEqual([]);
  });

  it('stops at a break (null) and steps over transparent words', () => {
    expect(trie.matchAt(['islamic', null, 'state'], 0)).toEqual([]);
    expect(trie.matchAt(['islamic', '-', 'state'], 0, [false, true, false])).toEqual([[3, ['is']]]);
  });

  it('counts names', () => {
    expect(trie.size).toBe(3);
  });

  it('inserts deferred names when a match first starts with their first word, in their order', () => {
    const lazy = new TokenTrie<string>();
    lazy.defer('islamic', () => lazy.insert(['islamic', 'state'], 'first'));
    lazy.insert(['iraq'], 'irq');
    lazy.defer('islamic', () => lazy.insert(['islamic', 'state'], 'second'));
    expect(lazy.size).toBe(1);
    expect(lazy.matchAt(['iraq'], 0)).toEqual([[1, ['irq']]]);
    expect(lazy.size).toBe(1);
    expect(lazy.matchAt(['islamic', 'state'], 0)).toEqual([[2, ['first', 'second']]]);
    expect(lazy.size).toBe(3);
    expect(lazy.child(null, 'islamic')?.next?.has('state')).toBe(true);
  });

  it('builds every deferred branch before handing out the root', () => {
    const lazy = new TokenTrie<string>();
    lazy.defer('syria', () => lazy.insert(['syria'], 'syr'));
    expect(lazy.rootNode.next?.get('syria')?.payloads).toEqual(['syr']);
    expect(lazy.size).toBe(1);
  });
});
