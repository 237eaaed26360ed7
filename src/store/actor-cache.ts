/**
 * Actors and aliases already looked up or written, so that the same actor named again costs no
 * SQLite statement. Rows of actors and aliases are never deleted, so an entry stays true once its
 * transaction commits; whoever keeps a cache beyond one transaction must drop it when a transaction
 * rolls back (StoreWriter does). A cached actor's code may be filled by another writer meanwhile:
 * the update that fills it only touches rows still without one.
 */
export class ActorCache {
  /** Actor key -> rowid and the CAMEO code the row has. */
  readonly actors = new Map<string, { rowid: number; code: string | null }>();
  /** `actor rowid NUL alias` for aliases known to be stored. */
  readonly aliases = new Set<string>();
  /** Actor codes known to be in `actor_codes`. */
  readonly codes = new Set<string>();

  size(): number {
    return this.actors.size + this.aliases.size + this.codes.size;
  }
}
