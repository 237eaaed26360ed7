/**
 * Actors and aliases already looked up or written in the current transaction, so that the same
 * actor named again (in the same article or the same batch) costs no SQLite statement. It lives for
 * one transaction: a rolled-back transaction takes it along, so it never outlives what it caches.
 */
export class ActorCache {
  /** Actor key -> rowid and the CAMEO code the row has. */
  readonly actors = new Map<string, { rowid: number; code: string | null }>();
  /** `actor rowid NUL alias` for aliases known to be stored. */
  readonly aliases = new Set<string>();
}
