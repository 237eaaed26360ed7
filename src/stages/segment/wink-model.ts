import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { posTransformer, sbdTransformer, type WinkCache } from './wink-hints.js';

const require = createRequire(import.meta.url);

/** The parts of wink-eng-lite-web-model that wink-nlp calls (see the package's dist/model.js). */
export interface WinkModel {
  core(): unknown;
  sbd(): unknown;
  pos(): unknown;
  ner(): unknown;
  negation(): unknown;
  sa(): unknown;
  metaCER(): unknown;
  featureFn: unknown;
  addons: Record<string, unknown>;
}

interface CoreModel {
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Record<string, { list: string[]; hash: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }>;
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  pos: { hash: Record<string, number> };
}

/**
 * The English lite model, assembled from the package's own loaders except its core reader and the
 * token transformers of its sentence and tagging automata (`wink-hints.ts`): the
 * package's reader parses the 3 MB core JSON, deep-copies it (JSON.parse(JSON.stringify())) and decodes
 * base64 a byte at a time, and wink-nlp calls it once more when it loads. Reading the JSON file afresh
 * gives the same unshared object at a third of the cost (about 100 ms less at start-up). The result
 * is the same data as the package's `core()`: tables, hashes of each list, packed lexicon.
 * `meetCache` is given wink's word cache when the sentence machine first sees it (nowhere else does wink show it).
 */
export function loadWinkModel(meetCache: (cache: WinkCache) => void = () => {}): WinkModel {
  const dir = dirname(require.resolve('wink-eng-lite-web-model/package.json'));
  const part = (name: string): unknown => require(join(dir, 'dist', name));
  const addons = Object.create(null) as Record<string, unknown>;
  addons.stem = part('porter-stemmer.js');
  addons.lemmatize = part('lemmatize.js');
  addons.readabilityStats = part('readability-stats.js');
  addons.wordVectors = undefined;
  const model = Object.create(null) as WinkModel;
  model.core = () => readCoreModel(join(dir, 'dist', 'languages', 'cur', 'models', 'eng-core-web-model.json'));
  model.sbd = () => withTransformer(part('load-sbd-model.js') as () => Automata, sbdTransformer(meetCache));
  model.pos = () => withTransformer(part('load-pos-model.js') as () => Automata, posTransformer());
  model.ner = part('load-ner-model.js') as () => unknown;
  model.negation = part('load-negation-model.js') as () => unknown;
  model.sa = part('load-sa-model.js') as () => unknown;
  model.metaCER = part('load-cer-meta-model.js') as () => unknown;
  model.featureFn = part('feature.js');
  model.addons = addons;
  return model;
}

/** What the package's sbd and pos loaders return: automata and the function that maps each token before them. */
interface Automata { machines: unknown[]; transformers: unknown[]; [part: string]: unknown }

/**
 * The package's automata with the token transformer of `wink-hints.ts` (the same answers, each word's
 * hints read once) in place of its own, in a new object: the package's module stays as it is.
 */
function withTransformer(load: () => Automata, transformer: unknown): Automata {
  const automata = load();
  return { ...automata, transformers: automata.transformers.map(() => transformer) };
}

function readCoreModel(file: string): CoreModel {
  const model = JSON.parse(readFileSync(file, 'utf8')) as CoreModel;
  const { packing, features } = model;
  model.lexicon = words32(model.lexicon as string);
  model.xpansions = words32(model.xpansions as string);
  const indexOf = (list: string[]): Record<string, number> => {
    const hash = Object.create(null) as Record<string, number>;
    for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
    return hash;
  };
  for (const f in packing.layout) if (packing.layout[f]![3] === 0) features[f]!.hash = indexOf(features[f]!.list);
  features.lexeme!.hash = indexOf(features.lexeme!.list);
  const clusters = features.posClusters!.list as unknown as Array<string | Set<number>>;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => model.pos.hash[e] || 0));
  // what the package's load-core-model adds after reading
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme!.intrinsicSize = features.lexeme!.list.length;
  features.lexeme!.index = features.lexeme!.list.length;
  return model;
}

/** base64 -> 32-bit words in the machine's byte order, like the package's reader (a copy: Buffer pools are not 4-byte aligned). */
function words32(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return new Uint32Array(out.buffer);
}
