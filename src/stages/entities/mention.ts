import type { ActorCode } from '../../kb/kb-schemas.js';
import type { KbEntry } from '../../kb/kb-types.js';

/** What the words around a mention say about its actor ("Iraqi Foreign Minister", ", Syria's new foreign minister"). */
export interface Descriptor {
  country: string | null;
  sector: string | null;
  title: string | null;
  /** former / retired / ousted ... */
  former: boolean;
  how: 'title' | 'appositive' | 'possessive';
  /** The code of the organisation the title belongs to ("UN Secretary-General", "EU foreign policy chief"). */
  actor?: ActorCode | null;
}

export type MentionKind = 'kb' | 'body' | 'name' | 'description' | 'ref' | 'group';

/** A chosen mention, before it is merged into an entity. */
export interface ChosenMention {
  kind: MentionKind;
  tokStart: number;
  tokEnd: number;
  rule: string;
  entries: KbEntry[];
  country: string | null;
  sector: string | null;
  title: string | null;
  roleKind?: 'person' | 'group' | 'body' | 'modifier';
  descriptor: Descriptor | null;
  /** A capital used for its government ("Baghdad was a key backer"). */
  metonym?: boolean;
  /** For group references: how many ("the two ministers" -> 2). */
  count?: number;
}
