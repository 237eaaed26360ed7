import type { Clause } from '../../../document/schema.js';

/**
 * The words around a clause head that multi-word pattern entries compare with ("blow up", "call the
 * strike off", "phone call"). The patterns of one head are tried one after another on the same clause,
 * so each answer is kept for the last clause asked (and its text): one slice and one regex per clause,
 * not per entry.
 */
interface Around {
  clause: Clause | null;
  text: string;
  afterGroup: string | undefined | null;
  afterObjects: Array<string | undefined> | null;
  beforeHead: string | null;
}

const last: Around = { clause: null, text: '', afterGroup: null, afterObjects: null, beforeHead: null };

function around(c: Clause, text: string): Around {
  if (last.clause !== c || last.text !== text) {
    last.clause = c;
    last.text = text;
    last.afterGroup = null;
    last.afterObjects = null;
    last.beforeHead = null;
  }
  return last;
}

/** The first word after the verb group, in lower case ("called off" -> "off"), if a space comes first. */
export function wordAfterGroup(c: Clause, text: string): string | undefined {
  const a = around(c, text);
  if (a.afterGroup === null) a.afterGroup = /^\s+([a-z]+)/.exec(text.slice(c.group.end, c.group.end + 30).toLowerCase())?.[1];
  return a.afterGroup;
}

/** "forced the agency out", "forced the agency, UNHCR, out": the word right after each object (and its appositive), as written. */
const AFTER_OBJECT = /^(?:\s*,(?:\s+[\w.-]+){1,3},)?\s+([a-z]+)\b/;

/** The word after each object argument of the clause (undefined where none follows), in argument order. */
export function wordsAfterObjects(c: Clause, text: string): ReadonlyArray<string | undefined> {
  const a = around(c, text);
  if (a.afterObjects === null) {
    a.afterObjects = [];
    for (const x of c.args) if (x.role === 'object') a.afterObjects.push(AFTER_OBJECT.exec(text.slice(x.end, x.end + 40))?.[1]);
  }
  return a.afterObjects;
}

/** Up to 60 characters before the clause head, in lower case, hyphens as spaces, trailing space trimmed. */
export function textBeforeHead(c: Clause, text: string): string {
  const a = around(c, text);
  if (a.beforeHead === null) a.beforeHead = text.slice(Math.max(0, c.head.start - 60), c.head.start).toLowerCase().replace(/[-‐]/g, ' ').trimEnd();
  return a.beforeHead;
}
