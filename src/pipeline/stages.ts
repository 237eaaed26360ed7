import type { Stage } from './stage.js';
import { segmentStage } from '../stages/segment/segment-stage.js';
import { entitiesStage } from '../stages/entities/entities-stage.js';
import { timesStage } from '../stages/times/times-stage.js';
import { quotesStage } from '../stages/quotes/quotes-stage.js';
import { clausesStage } from '../stages/clauses/clauses-stage.js';
import { eventsStage } from '../stages/events/events-stage.js';

/**
 * The order of the pipeline, in one place. Each stage declares what it needs and adds;
 * `checkStages` verifies the order at start-up.
 */
export const STAGES: readonly Stage[] = [segmentStage, entitiesStage, timesStage, quotesStage, clausesStage, eventsStage];
