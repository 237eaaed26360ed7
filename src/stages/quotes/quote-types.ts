import type { ChannelMatch } from './channels.js';

export interface CharSpan { start: number; end: number; text: string }

/** A quote being built: its span and what attribution found. */
export interface QuoteDraft {
  start: number;
  end: number;
  kind: 'direct' | 'partial' | 'indirect';
  /** the marks around a direct or partial quote; null for reported speech */
  open: number | null;
  close: number | null;
  paragraph: number;
  continuation: boolean;
  speaker: CharSpan | null;
  /** the name the speaker is known by when `speaker` is a pronoun or a document resolved elsewhere */
  speakerText: string | null;
  subject: CharSpan | null;
  channel: ChannelMatch | null;
  channelText: string | null;
  cue: CharSpan | null;
  rules: string[];
}
