import { newDocument } from '../document/new-document.js';
import type { ReadoutDocument } from '../document/schema.js';
import type { IngestedArticle } from '../ingest/ingest-types.js';
import { createContext, type PipelineContext } from '../pipeline/context.js';
import { knowledgeFingerprint } from '../pipeline/knowledge-fingerprint.js';
import { checkStages, runPipeline, runPipelineOver } from '../pipeline/run-pipeline.js';
import { STAGES } from '../pipeline/stages.js';
import type { Stage } from '../pipeline/stage.js';

/** Articles per `extractAll` call: past a few dozen, a larger batch gains nothing and holds more documents at once. */
export const BATCH_SIZE = 32;

/** Ingested article in, annotated document out. Builds the context (models, knowledge) once. */
export class Extractor {
  readonly ctx: PipelineContext;
  readonly stages: readonly Stage[];

  constructor(stages: readonly Stage[] = STAGES, ctx: PipelineContext = createContext()) {
    checkStages(stages);
    this.stages = stages;
    this.ctx = ctx;
  }

  /** What it knows (`knowledgeFingerprint`): stored with each article by the store. */
  get knowledge(): string {
    return knowledgeFingerprint(this.ctx.options);
  }

  extract(ingested: IngestedArticle): ReadoutDocument {
    return runPipeline(newDocument(ingested.article, ingested.text), this.stages, this.ctx);
  }

  /**
   * Several articles at once, stage by stage (`runPipelineOver`): the same documents as `extract`
   * one by one, faster. Callers pass batches of about `BATCH_SIZE`. `spent[i]`: milliseconds spent on article i.
   */
  extractAll(ingested: readonly IngestedArticle[], spent?: number[]): ReadoutDocument[] {
    return runPipelineOver(ingested.map((a) => newDocument(a.article, a.text)), this.stages, this.ctx, spent);
  }
}
