/**
 * A list of flat records (every one with the same keys in the same order, every value a string,
 * number, boolean or null) stored as columns: the keys once, then one array of values per key.
 * Lossless: `fromColumns(toColumns(rows)!)` has the same JSON as `rows`.
 */
export interface Columns {
  keys: string[];
  values: unknown[][];
}

/** The rows as columns, or null when they are not all flat records with the same keys (store them as they are). */
export function toColumns(rows: readonly unknown[]): Columns | null {
  const first = rows[0];
  if (typeof first !== 'object' || first === null || Array.isArray(first)) return null;
  const keys = Object.keys(first);
  const values: unknown[][] = keys.map(() => []); // filled by push: packed arrays, which JSON.stringify writes faster
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (typeof row !== 'object' || row === null || Array.isArray(row)) return null;
    let i = 0;
    for (const k in row) {
      const v = (row as Record<string, unknown>)[k];
      if (k !== keys[i] || v === undefined || (typeof v === 'object' && v !== null) || typeof v === 'function') return null;
      values[i]!.push(v);
      i++;
    }
    if (i !== keys.length) return null;
  }
  return { keys, values };
}

export function fromColumns(c: Columns): Record<string, unknown>[] {
  const n = c.values[0]?.length ?? 0;
  const rows = new Array<Record<string, unknown>>(n);
  for (let r = 0; r < n; r++) {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < c.keys.length; i++) row[c.keys[i]!] = c.values[i]![r];
    rows[r] = row;
  }
  return rows;
}
