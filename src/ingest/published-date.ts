import { ReadoutError } from '../errors/readout-error.js';

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** A --date option: YYYY-MM-DD or a DATE_INVALID error. */
export function parseDateOption(s: string): string {
  if (!isIsoDay(s)) throw new ReadoutError('DATE_INVALID', `--date ${JSON.stringify(s)}: expected YYYY-MM-DD`);
  return s;
}

/**
 * The calendar day of a metadata date as the publisher wrote it: "2025-03-14 20:30:26Z",
 * "2024-12-30T09:00:00+03:00", "2024-12-30", "Mon, 30 Dec 2024 09:00:00 GMT". Null when unreadable.
 * An ISO timestamp keeps its written day (the publisher's local date), not the UTC one.
 */
export function metadataDay(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(s);
  if (iso) return isIsoDay(iso[1]!) ? iso[1]! : null;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().slice(0, 10);
}
