import { KeyFilter } from './key-filter.js';

/**
 * A trie over word keys: each path from the root spells a normalised name, word by word; a node
 * holds the payloads of the names that end there. Matching walks it from each word of the text
 * (an Aho–Corasick automaton would avoid the restarts, but names are short: a few steps each).
 */
export class TokenTrie<P> {
  private readonly root: TrieNode<P> = { next: null, payloads: null, todo: null };
  /** the root's word keys, asked before the root map: most words of a text start no name */
  private readonly firstWords = new KeyFilter();
  /** root branches with deferred insertions not yet made */
  private deferredBranches = 0;
  /** names inserted so far (deferred ones count once inserted) */
  size = 0;

  insert(keys: readonly string[], payload: P): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      let child = node.next?.get(k);
      if (!child) {
        // most nodes end a name and have no children: their map is made only when needed
        child = { next: null, payloads: null, todo: null };
        if (node === this.root) this.firstWords.add(k);
        (node.next ??= new Map()).set(k, child);
      }
      node = child;
    }
    (node.payloads ??= []).push(payload);
    this.size++;
  }

  /**
   * Puts off an insertion of a name whose first word key is `first` until a match (or `child` from
   * the root) first asks for that word: a process that reads one short article builds the few
   * branches it touches, not the tens of thousands of city names. Insertions into one branch keep
   * their order, so payloads come out as if inserted at once.
   */
  defer(first: string, insert: () => void): void {
    const root = (this.root.next ??= new Map());
    let node = root.get(first);
    if (!node) {
      root.set(first, (node = { next: null, payloads: null, todo: null }));
      this.firstWords.add(first);
    }
    if (node.todo) node.todo.push(insert);
    else if (node.next || node.payloads) insert(); // the branch is already built
    else {
      node.todo = [insert];
      this.deferredBranches++;
    }
  }

  /** The root's child for `first`, after the insertions deferred to it. */
  private branch(first: string): TrieNode<P> | undefined {
    if (!this.firstWords.mayHave(first)) return undefined;
    const node = this.root.next?.get(first);
    if (node?.todo) {
      const todo = node.todo;
      node.todo = null;
      this.deferredBranches--;
      for (const insert of todo) insert();
    }
    return node;
  }

  /**
   * Every name that starts at `from` in `keys`: [end (exclusive), payloads], shortest first.
   * `skip[i]` marks words that are transparent (the article in "al-Shibani").
   */
  matchAt(keys: readonly (string | null)[], from: number, skip?: readonly boolean[]): Array<[number, readonly P[]]> {
    const first = keys[from];
    if (first == null) return NONE;
    let node: TrieNode<P> | undefined = this.branch(first);
    if (!node) return NONE;
    let out: Array<[number, readonly P[]]> | null = node.payloads ? [[from + 1, node.payloads]] : null;
    for (let i = from + 1; i < keys.length && node; i++) {
      if (skip?.[i]) continue;
      const k = keys[i];
      if (k == null) break;
      node = node.next?.get(k);
      if (node?.payloads) (out ??= []).push([i + 1, node.payloads]);
    }
    return out ?? NONE;
  }

  /** The node reached by `keys` from the root (for walks that mix words and classes). */
  child(node: TrieNode<P> | null, key: string): TrieNode<P> | undefined {
    return node ? node.next?.get(key) : this.branch(key);
  }

  get rootNode(): TrieNode<P> {
    if (this.deferredBranches > 0) for (const first of this.root.next?.keys() ?? []) this.branch(first);
    return this.root;
  }
}

const NONE: Array<[number, never[]]> = [];

export interface TrieNode<P> {
  /** children by word key; null for a node without children */
  next: Map<string, TrieNode<P>> | null;
  payloads: P[] | null;
  /** at the root only: insertions deferred until the branch is first walked (TokenTrie.defer) */
  todo: Array<() => void> | null;
}
