import { ingestCorpus, loadCorpus } from './corpus.js';
import { benchExtract } from './extract-bench.js';
import { benchRunOn } from './run-on-bench.js';
import { benchStartup } from './startup-bench.js';
import { benchKbLoad } from './kb-bench.js';
import { benchMachine } from './machine-bench.js';
import { fmt, peakRssMb } from './stats.js';
import { benchIngest, benchIngestJobs, benchQueries, benchStoreOnly } from './store-bench.js';
import { benchExtractEndpoint } from './api-bench.js';
import { benchEventsEndpoint } from './events-bench.js';
import { Extractor } from '../extract/extractor.js';
import { STAGES } from '../pipeline/stages.js';

/**
 * `npm run bench`: prints figures; asserts nothing (targets are in the issues and the README).
 * `--all`: the pipeline through each stage; `--extract-only`: stop after start-up and extraction.
 */
const corpus = loadCorpus();
process.stdout.write(`readout bench — corpus: ${corpus.name}, ${fmt(corpus.bytes.length / 1e6, 2)} MB, node ${process.version} ${process.execArgv.join(' ') || '(no flags)'}\n\n`);
process.stdout.write(`${benchMachine()}\n\n${benchStartup()}\n${benchKbLoad()}\n\n`);
const lastStages = process.argv.includes('--all') ? STAGES.map((s) => s.name) : ['segment', STAGES.at(-1)!.name];
for (const last of [...new Set(lastStages)]) process.stdout.write(`${benchExtract(corpus, last)}\n\n`);
process.stdout.write(`${benchRunOn(new Extractor(), ingestCorpus(corpus))}\n\n`);
if (process.argv.includes('--extract-only')) {
  process.stdout.write(`peak RSS of this process: ${fmt(peakRssMb(), 0)} MB\n`);
  process.exit(0);
}
process.stdout.write(`${benchStoreOnly(corpus)}\n${benchIngest(corpus)}\n${await benchIngestJobs(corpus, 2)}\n\n`);
process.stdout.write(`${benchQueries(process.argv.includes('--small') ? 100_000 : 1_000_000)}

`);
const apiExtractor = new Extractor();
process.stdout.write(`${await benchExtractEndpoint(corpus, apiExtractor)}

`);
process.stdout.write(`${await benchEventsEndpoint(apiExtractor)}

`);
process.stdout.write(`peak RSS of this process: ${fmt(peakRssMb(), 0)} MB\n`);
