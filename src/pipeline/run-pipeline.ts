import type { LayerName, ReadoutDocument } from '../document/schema.js';
import { ReadoutError, asReadoutError } from '../errors/readout-error.js';
import type { PipelineContext } from './context.js';
import type { Stage } from './stage.js';

/** Layers present before any stage runs (filled by ingestion). */
const INGESTED: readonly LayerName[] = ['text'];

/** Throws PIPELINE_INVALID when a stage needs a layer no earlier stage adds, or two stages add the same layer. */
export function checkStages(stages: readonly Stage[]): void {
  const have = new Set<LayerName>(INGESTED);
  for (const stage of stages) {
    for (const need of stage.needs) {
      if (!have.has(need)) throw new ReadoutError('PIPELINE_INVALID', `stage "${stage.name}" needs "${need}", which no earlier stage adds`);
    }
    for (const add of stage.adds) {
      if (have.has(add)) throw new ReadoutError('PIPELINE_INVALID', `stage "${stage.name}" adds "${add}", which is already present`);
      have.add(add);
    }
  }
}

/**
 * Runs the stages over one document. A stage that throws leaves its layers empty, records an
 * error in `doc.errors`, and every later stage that needs one of its layers is skipped (also recorded).
 */
export function runPipeline(doc: ReadoutDocument, stages: readonly Stage[], ctx: PipelineContext): ReadoutDocument {
  const failed = new Set<LayerName>();
  for (const stage of stages) {
    const missing = stage.needs.filter((n) => failed.has(n));
    if (missing.length > 0) {
      doc.errors.push({ stage: stage.name, code: 'STAGE_SKIPPED', message: `skipped: needs ${missing.join(', ')} from a failed stage` });
      stage.adds.forEach((a) => failed.add(a));
      continue;
    }
    try {
      const { warnings, ...added } = stage.run(doc, ctx);
      Object.assign(doc, added);
      if (warnings) doc.warnings.push(...warnings);
    } catch (e) {
      const err = asReadoutError(e, 'STAGE_FAILED', { article: doc.article.id });
      doc.errors.push({ stage: stage.name, code: err.code, message: err.message });
      stage.adds.forEach((a) => failed.add(a));
    }
  }
  return doc;
}
