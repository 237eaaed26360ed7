import type { Command } from 'commander';
import { registerActors } from './actors.js';
import { registerArticle } from './article.js';
import { registerDemo } from './demo.js';
import { registerEval } from './eval.js';
import { registerExplain } from './explain.js';
import { registerExtract } from './extract.js';
import { registerPatterns } from './patterns.js';
import { registerDyad } from './dyad.js';
import { registerErrors } from './errors.js';
import { registerEvents } from './events.js';
import { registerExport } from './export.js';
import { registerKb } from './kb.js';
import { registerResolve } from './resolve.js';
import { registerIngest } from './ingest.js';
import { registerQuotes } from './quotes.js';
import { registerReprocess } from './reprocess.js';
import { registerSchema } from './schema.js';
import { registerTimeline } from './timeline.js';
import { registerWatch } from './watch.js';
import { registerServe } from './serve.js';

/** Every CLI command, in the order `--help` lists them. */
export function registerCommands(program: Command): void {
  registerDemo(program);
  registerExtract(program);
  registerExplain(program);
  registerEval(program);
  registerPatterns(program);
  registerResolve(program);
  registerKb(program);
  registerSchema(program);
  registerIngest(program);
  registerWatch(program);
  registerEvents(program);
  registerActors(program);
  registerQuotes(program);
  registerArticle(program);
  registerDyad(program);
  registerTimeline(program);
  registerExport(program);
  registerReprocess(program);
  registerErrors(program);
  registerServe(program);
}
