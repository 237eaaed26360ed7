/**
 * A trie over word keys: each path from the root spells a normalised name, word by word; a node
 * holds the payloads of the names that end there. Matching walks it from each word of the text
 * (an Aho–Corasick automaton would avoid the restarts, but names are short: a few steps each).
 */
export class TokenTrie<P> {
  private readonly root: TrieNode<P> = { next: new Map(), payloads: null };
  size = 0;

  insert(keys: readonly string[], payload: P): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), payloads: null };
        node.next.set(k, child);
      }
      node = child;
    }
    (node.payloads ??= []).push(payload);
    this.size++;
  }

  /**
   * Every name that starts at `from` in `keys`: [end (exclusive), payloads], shortest first.
   * `skip(i)` marks words that are transparent (the article in "al-Shibani").
   */
  matchAt(keys: readonly (string | null)[], from: number, skip?: (i: number) => boolean): Array<[number, readonly P[]]> {
    const out: Array<[number, readonly P[]]> = [];
    let node: TrieNode<P> | undefined = this.root;
    for (let i = from; i < keys.length && node; i++) {
      if (i > from && skip?.(i)) continue;
      const k = keys[i];
      if (k == null) break;
      node = node.next.get(k);
      if (node?.payloads) out.push([i + 1, node.payloads]);
    }
    return out;
  }

  /** The node reached by `keys` from the root (for walks that mix words and classes). */
  child(node: TrieNode<P> | null, key: string): TrieNode<P> | undefined {
    return (node ?? this.root).next.get(key);
  }

  get rootNode(): TrieNode<P> {
    return this.root;
  }
}

export interface TrieNode<P> {
  next: Map<string, TrieNode<P>>;
  payloads: P[] | null;
}
