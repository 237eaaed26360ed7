import { newDocument } from '../document/new-document.js';
import type { ReadoutDocument } from '../document/schema.js';
import type { IngestedArticle } from '../ingest/ingest-types.js';
import { createContext, type PipelineContext } from '../pipeline/context.js';
import { checkStages, runPipeline } from '../pipeline/run-pipeline.js';
import { STAGES } from '../pipeline/stages.js';
import type { Stage } from '../pipeline/stage.js';

/** Ingested article in, annotated document out. Builds the context (models, knowledge) once. */
export class Extractor {
  readonly ctx: PipelineContext;
  readonly stages: readonly Stage[];

  constructor(stages: readonly Stage[] = STAGES, ctx: PipelineContext = createContext()) {
    checkStages(stages);
    this.stages = stages;
    this.ctx = ctx;
  }

  extract(ingested: IngestedArticle): ReadoutDocument {
    return runPipeline(newDocument(ingested.article, ingested.text), this.stages, this.ctx);
  }
}
