import type Database from 'better-sqlite3';
import type { ReadoutDocument } from '../document/schema.js';
import { asReadoutError, ReadoutError } from '../errors/readout-error.js';
import type { IngestedArticle, IngestResult } from '../ingest/ingest-types.js';
import { clausesStage } from '../stages/clauses/clauses-stage.js';
import { BATCH_SIZE } from '../extract/extractor.js';
import { ActorCache } from './actor-cache.js';
import { contentHash } from './content-hash.js';
import type { EncodedDocument } from './document-codec.js';
import { stmt } from './prepared.js';
import { recordStageError, writeDocument } from './write-document.js';

export interface IngestStats {
  /** Articles and failed inputs seen so far. */
  done: number;
  stored: number;
  unchanged: number;
  /** Of the unchanged, those extracted with other knowledge or another version (`reprocess --stale` updates them). */
  staleUnchanged: number;
  replaced: number;
  copies: number;
  failed: number;
  mentions: number;
}

export interface WriterOptions {
  /** Articles per transaction (default 64). */
  batchSize?: number;
  /** Longest time an extracted article waits before its batch is committed (default 1000 ms). */
  batchMs?: number;
  /** Re-extract and replace even when the article is unchanged (reprocess). */
  force?: boolean;
}

/** Cached actors and aliases beyond which the cache starts again. */
const MAX_CACHED_ACTORS = 200_000;

type Pending = { doc: ReadoutDocument; hash: string; encoded: EncodedDocument | undefined } | { error: ReadoutError };

/** What the writer needs of an extractor (the real one, or a stand-in in tests). */
export interface DocumentExtractor {
  readonly stages: readonly { name: string }[];
  /** Readout's version and knowledge in short (`knowledgeFingerprint`). */
  readonly knowledge?: string;
  extract(ingested: IngestedArticle): ReadoutDocument;
  /** Several at once (`Extractor.extractAll`); without it, one by one. */
  extractAll?(ingested: readonly IngestedArticle[]): ReadoutDocument[];
}

/**
 * The pipeline's identity, stored with each article so that `reprocess --stale` can tell what is stale:
 * its stages and, when the extractor tells it, what it knows ("segment>...>events@3f2a9c01b2de").
 */
export function pipelineId(extractor: DocumentExtractor): string {
  const stages = extractor.stages.map((s) => s.name).join('>');
  return extractor.knowledge ? `${stages}@${extractor.knowledge}` : stages;
}

/**
 * Extracts articles and writes them in batched transactions. A batch is all or nothing, so a
 * process killed at any moment leaves whole articles only; the same article again (same id and
 * content hash) is skipped before extraction, so a rerun finishes the job without duplicates.
 */
export class StoreWriter {
  readonly stats: IngestStats = { done: 0, stored: 0, unchanged: 0, staleUnchanged: 0, replaced: 0, copies: 0, failed: 0, mentions: 0 };
  private pending: Pending[] = [];
  /** Claimed articles waiting to be extracted together (see `extractWaiting`). */
  private waiting: Array<{ ingested: IngestedArticle; hash: string }> = [];
  private readonly pendingIds = new Set<string>();
  /** Articles claimed and not yet accepted (extracting on a worker). */
  private readonly claimed = new Set<string>();
  private lastFlush = Date.now();
  private readonly pipeline: string;
  /** The extractor runs the clauses stage, so stored documents can leave their clauses to be recomputed on read. */
  private readonly derivedClauses: boolean;
  /** Actors and aliases known to be stored (see flush). */
  private actors = new ActorCache();

  constructor(private readonly db: Database.Database, private readonly extractor: DocumentExtractor, private readonly options: WriterOptions = {}) {
    this.pipeline = pipelineId(extractor);
    this.derivedClauses = extractor.stages.includes(clausesStage);
  }

  add(result: IngestResult): void {
    if (!result.ok) {
      this.pending.push({ error: result.error });
      this.stats.failed++;
      this.stats.done++;
    } else this.addArticle(result.value);
    this.flushIfFull();
  }


  private addArticle(ingested: IngestedArticle): void {
    const hash = this.claim(ingested);
    if (hash === null) return;
    this.waiting.push({ ingested, hash });
    if (this.waiting.length >= BATCH_SIZE) this.extractWaiting();
  }

  /**
   * Extracts the waiting articles in one batch (stage by stage, faster than one by one) and accepts
   * them in their order. Should the batch throw outside a stage, each article is extracted alone,
   * so that the error stays with the article that caused it.
   */
  private extractWaiting(): void {
    const batch = this.waiting;
    this.waiting = [];
    if (batch.length === 0) return;
    let docs: Array<ReadoutDocument | ReadoutError> | null = null;
    if (this.extractor.extractAll && batch.length > 1) {
      try {
        docs = this.extractor.extractAll(batch.map((b) => b.ingested));
      } catch {
        docs = null;
      }
    }
    batch.forEach((b, i) => this.accept(b.ingested, b.hash, docs?.[i] ?? this.extractOne(b.ingested)));
  }

  private extractOne(ingested: IngestedArticle): ReadoutDocument | ReadoutError {
    try {
      return this.extractor.extract(ingested);
    } catch (e) {
      return asReadoutError(e, 'STAGE_FAILED', { input: ingested.article.input ?? undefined, article: ingested.article.id });
    }
  }

  /**
   * Counts an article in and says whether it needs extracting: its content hash, or null when it is
   * unchanged in the store or already on its way (`accept` must follow each non-null claim).
   */
  claim(ingested: IngestedArticle): string | null {
    const hash = contentHash(ingested);
    const id = ingested.article.id;
    const stored = stmt(this.db, 'SELECT content_hash, pipeline FROM articles WHERE id = ?').get(id) as { content_hash: string; pipeline: string } | undefined;
    this.stats.done++;
    if (this.pendingIds.has(id) || this.claimed.has(id) || (!this.options.force && stored?.content_hash === hash)) {
      this.stats.unchanged++;
      if (stored && stored.pipeline !== this.pipeline) this.stats.staleUnchanged++;
      return null;
    }
    this.claimed.add(id);
    return hash;
  }

  /**
   * Queues a claimed article's document (or the error extracting it) for the next batch, and commits a
   * full batch. `encoded`: the document's stored bytes, when a worker encoded them (`ExtractorPool.extractForStore`;
   * then `doc` need not hold its tokens and clauses).
   */
  accept(ingested: IngestedArticle, hash: string, doc: ReadoutDocument | ReadoutError, encoded?: EncodedDocument): void {
    const id = ingested.article.id;
    this.claimed.delete(id);
    if (doc instanceof Error) {
      const where = { input: ingested.article.input ?? undefined, article: id };
      this.pending.push({ error: doc.subject.article ? doc : new ReadoutError(doc.code, doc.message, { ...doc.subject, ...where }) });
      this.stats.failed++;
    } else {
      if (doc.errors.length > 0) this.stats.failed++;
      this.pendingIds.add(id);
      this.pending.push({ doc, hash, encoded });
    }
    this.flushIfFull();
  }

  private flushIfFull(): void {
    if (this.pending.length >= (this.options.batchSize ?? 64) || Date.now() - this.lastFlush >= (this.options.batchMs ?? 1000)) this.flush();
  }

  /** Extracts the articles still waiting, then commits what is pending in one transaction. */
  flush(): void {
    this.extractWaiting();
    const batch = this.pending;
    this.pending = [];
    this.pendingIds.clear();
    this.lastFlush = Date.now();
    if (batch.length === 0) return;
    const now = new Date().toISOString();
    // Actors and aliases are never deleted, so what the cache knows stays true across batches, except
    // after a rolled-back transaction: then it starts again. (Bounded: a huge ingest starts it again too.)
    if (this.actors.size() > MAX_CACHED_ACTORS) this.actors = new ActorCache();
    const actors = this.actors;
    const write = this.db.transaction(() => {
      for (const p of batch) {
        if ('error' in p) {
          const s = p.error.subject ?? {};
          recordStageError(this.db, s.input ?? '', s.article ?? '', '', p.error.code, p.error.message, now, s.line ?? 0);
          continue;
        }
        const r = writeDocument(this.db, p.doc, p.hash, this.pipeline, now, { derivedClauses: this.derivedClauses, encoded: p.encoded, actors });
        this.stats.stored++;
        this.stats.mentions += r.mentions;
        if (r.replaced) this.stats.replaced++;
        if (r.copyOf !== null) this.stats.copies++;
      }
    });
    try {
      write.immediate();
    } catch (e) {
      this.actors = new ActorCache();
      throw e;
    }
  }
}
