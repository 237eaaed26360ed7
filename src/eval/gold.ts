import { z } from 'zod';
import { ReadoutError } from '../errors/readout-error.js';

/**
 * Gold records for `readout eval`, in two formats (one JSON object a line):
 * - readout's own: { id, text, date?, events: [{ source, target, code | plover }] } where source and
 *   target are actor codes ("IRQGOV", "IRQ") or lists of them, target null or absent when none;
 * - the PLOVER gold-standard format of ../shared/eval: source/target are lists of { text, country, sector }.
 */
const actorCode = z.string().min(1);
const ploverActor = z.object({ text: z.string().optional(), country: z.string().nullable(), sector: z.string().nullable().optional() });
const side = z.union([actorCode, z.array(z.union([actorCode, ploverActor])), ploverActor, z.null()]).optional();

const goldEventSchema = z.object({
  code: z.string().regex(/^\d{2,4}$/).optional(),
  plover: z.string().optional(),
  source: side,
  target: side,
}).passthrough().refine((e) => e.code || e.plover, 'a gold event needs a code or a plover type');

const goldRecordSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  events: z.array(goldEventSchema),
}).passthrough();

/** A gold actor: country (ISO alpha-3, IGO...) and optionally the full code (country + sector). */
export interface GoldActor { country: string | null; code: string | null }
export interface GoldEvent { code: string | null; plover: string | null; sources: GoldActor[]; targets: GoldActor[] }
export interface GoldRecord { id: string; text: string; date: string | null; events: GoldEvent[] }

/** Older or non-ISO codes some gold sets use (ITL and VTN appear in the PLOVER gold records), to their ISO alpha-3 equivalent. */
// Older or non-ISO codes; and the "country" of an international body, governmental or not, is IGO, as the
// PLOVER gold standard writes it ("Amnesty International", "Red Cross": readout's NGO...).
const COUNTRY_ALIASES: Record<string, string> = { JAP: 'JPN', UK: 'GBR', ROM: 'ROU', ZAR: 'COD', TMP: 'TLS', YUG: 'SRB', ITL: 'ITA', VTN: 'VNM', NGO: 'IGO' };

export function normaliseCountry(c: string | null | undefined): string | null {
  if (!c) return null;
  const up = c.toUpperCase();
  return COUNTRY_ALIASES[up] ?? up;
}

function actorsOf(v: z.infer<typeof side>): GoldActor[] {
  if (v === undefined || v === null) return [];
  const list = Array.isArray(v) ? v : [v];
  return list.map((a) => {
    if (typeof a === 'string') return { country: normaliseCountry(a.slice(0, 3)), code: a.toUpperCase() };
    const country = normaliseCountry(a.country);
    return { country, code: country ? `${country}${a.sector ?? ''}` : null };
  });
}

export function parseGold(text: string, file: string): GoldRecord[] {
  const out: GoldRecord[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    let json: unknown;
    try { json = JSON.parse(raw); } catch (e) {
      throw new ReadoutError('JSONL_PARSE', `not JSON: ${(e as Error).message}`, { input: file, line: i + 1 });
    }
    const r = goldRecordSchema.safeParse(json);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      throw new ReadoutError('JSONL_PARSE', `gold record: ${issue.path.join('.') || 'record'}: ${issue.message}`, { input: file, line: i + 1 });
    }
    out.push({
      id: r.data.id, text: r.data.text, date: r.data.date ?? null,
      events: r.data.events.map((e) => ({ code: e.code ?? null, plover: e.plover ?? null, sources: actorsOf(e.source), targets: actorsOf(e.target) })),
    });
  });
  return out;
}
