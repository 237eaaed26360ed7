import type Database from 'better-sqlite3';
import { eventMentions, iterateEvents, type ActorRef } from '../queries/events.js';
import type { EventFilter } from '../queries/event-filter.js';

export interface ExportCounts {
  written: number;
  skipped: number;
}

/** The actor as the event codes it (country and sector of the event's own code, the code of its day). */
function actor(a: ActorRef | null): Record<string, string | null> {
  if (!a) return { actor: null, country: null, sector: null };
  return { actor: a.name, country: a.country, sector: a.sector };
}

/**
 * POLECAT-style JSONL: one PLOVER event a line with its actors (name, country, sector), type, mode,
 * date, location, the CAMEO reading, GDELT-style counts, and every story that reports it with the
 * sentence and evidence. Events with no PLOVER type are skipped (counted in `skipped`).
 */
export function* ploverJsonl(db: Database.Database, filter: EventFilter, counts: ExportCounts = { written: 0, skipped: 0 }): Generator<string> {
  for (const e of iterateEvents(db, filter)) {
    if (!e.plover) {
      counts.skipped++;
      continue;
    }
    const src = actor(e.source);
    const tgt = actor(e.target);
    const mentions = eventMentions(db, e.id);
    counts.written++;
    yield `${JSON.stringify({
      event_id: `readout-${e.id}`,
      event_date: e.date,
      event_type: e.plover,
      event_mode: e.ploverMode,
      event_text: mentions[0]?.sentence ?? null,
      source_actor: src.actor, source_code: e.source.code, source_country: src.country, source_sector: src.sector,
      target_actor: tgt.actor, target_code: e.target?.code ?? null, target_country: tgt.country, target_sector: tgt.sector,
      location: e.place ? { name: e.place, country: e.placeCountry, lat: e.lat, lon: e.lon } : null,
      cameo: { code: e.code, root: e.rootCode, label: e.label, goldstein: e.goldstein, quad_class: e.quadClass },
      num_mentions: e.numMentions, num_articles: e.numArticles, num_sources: e.numSources,
      stories: mentions.map((m) => ({
        story_id: m.article, url: m.articleUrl, publisher: m.articleSource, story_date: m.published,
        sentence: m.sentence, evidence: m.evidence, confidence: m.confidence, syndicated_copy: m.viaCopy,
      })),
    })}\n`;
  }
}
