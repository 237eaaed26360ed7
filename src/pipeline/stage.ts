import type { LayerName, ReadoutDocument, StageError } from '../document/schema.js';
import type { PipelineContext } from './context.js';

/**
 * One pipeline stage: reads the layers it `needs`, returns only the layers it `adds`.
 * The runner checks the declarations at start-up and merges what `run` returns. `warnings` (optional)
 * are problems the stage worked around: recorded in `doc.warnings`, the layers are still complete.
 */
export interface Stage<A extends LayerName = LayerName> {
  name: string;
  needs: readonly LayerName[];
  adds: readonly A[];
  run(doc: Readonly<ReadoutDocument>, ctx: PipelineContext): (Pick<ReadoutDocument, A> | Partial<Pick<ReadoutDocument, A | 'article'>>) & StageNotes;
}

/** Problems a stage worked around (an over-long sentence cut into pieces): appended to `doc.warnings`. */
export interface StageNotes {
  warnings?: StageError[];
}
