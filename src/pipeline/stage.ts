import type { LayerName, ReadoutDocument } from '../document/schema.js';
import type { PipelineContext } from './context.js';

/**
 * One pipeline stage: reads the layers it `needs`, returns only the layers it `adds`.
 * The runner checks the declarations at start-up and merges what `run` returns.
 */
export interface Stage<A extends LayerName = LayerName> {
  name: string;
  needs: readonly LayerName[];
  adds: readonly A[];
  run(doc: Readonly<ReadoutDocument>, ctx: PipelineContext): Pick<ReadoutDocument, A> | Partial<Pick<ReadoutDocument, A | 'article'>>;
}
