import { z } from 'zod';

/**
 * The output contract: one plain-JSON document per article. `text` never changes after ingestion;
 * every layer is a list of annotations with character offsets [start, end) into `text`.
 */
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const timeValue = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
const offset = z.number().int().nonnegative();

export const spanSchema = z.object({ start: offset, end: offset });
export const textSpanSchema = spanSchema.extend({ text: z.string() });

export const datelineSchema = textSpanSchema.extend({
  place: z.string().nullable().describe('id of the place entity the dateline names'),
  agency: z.string().nullable().describe('news agency named in the dateline, e.g. Reuters'),
  bodyStart: offset.describe('offset where the body starts, after the dateline dash or colon'),
});

export const articleSchema = z.object({
  id: z.string().min(1),
  title: z.string().nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  author: z.string().nullable(),
  published: isoDay.nullable(),
  publishedFrom: z.enum(['option', 'metadata', 'none']).describe('where the publication date came from'),
  input: z.string().nullable().describe('file, URL or "-" the article was read from'),
  format: z.enum(['text', 'html', 'jsonl']),
  dateline: datelineSchema.nullable(),
});

export const paragraphSchema = spanSchema.extend({ id: z.string() });

export const sentenceSchema = spanSchema.extend({
  id: z.string(),
  paragraph: z.string(),
  tokens: z.tuple([offset, offset]).describe('token index range [first, last+1)'),
});

export const tokenSchema = spanSchema.extend({
  pos: z.string().describe('universal part-of-speech tag from wink-nlp'),
  lemma: z.string(),
});

export const mentionSchema = textSpanSchema.extend({ rule: z.string() });

export const actorCodeSchema = z.object({
  code: z.string(),
  country: z.string().nullable(),
  sector: z.string().nullable(),
});

export const entitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC']),
  actor: actorCodeSchema.nullable(),
  kb: z.string().nullable(),
  geo: z.object({ lat: z.number(), lon: z.number(), country: z.string().nullable(), feature: z.string() }).nullable(),
  mentions: z.array(mentionSchema),
  members: z.array(z.string()).optional().describe('for a plural reference ("the two ministers"): the ids of the entities it refers to'),
});

export const timeSchema = textSpanSchema.extend({
  id: z.string(),
  value: timeValue.nullable(),
  range: z.object({ from: timeValue, to: timeValue }).nullable(),
  resolution: z.enum(['explicit', 'relative', 'inferred', 'unresolved']),
  kind: z.enum(['date', 'duration']).describe('a point or period on the calendar, or a length of time'),
  reason: z.string().nullable().describe('why the value is null, coarse or inferred'),
  rule: z.string(),
});

export const quoteSchema = textSpanSchema.extend({
  id: z.string(),
  kind: z.enum(['direct', 'partial', 'indirect']),
  speaker: z.string().nullable(),
  speakerText: z.string().nullable(),
  channel: z.string().nullable(),
  channelText: z.string().nullable().describe('the words naming the channel: "told VOA", "the statement said"'),
  subject: z.string().nullable().describe('entity id of the person quoted when the speaker is an organisation relaying them'),
  subjectText: z.string().nullable(),
  cue: textSpanSchema.nullable(),
  rule: z.string(),
});

export const clauseArgSchema = textSpanSchema.extend({
  role: z.enum(['subject', 'object', 'agent', 'prep', 'possessor', 'modifier']),
  prep: z.string().nullable().describe('the preposition before a prep argument (with, to, against, on...)'),
  head: z.string().describe('lemma of the head word'),
  parts: z.array(spanSchema).describe('conjuncts ("Iraq and Syria" -> two parts) and appositives'),
  inherited: z.string().nullable().describe('id of the clause this argument was taken from (coordination, control, relatives)'),
});

export const clauseSchema = textSpanSchema.extend({
  id: z.string(),
  sentence: z.string(),
  kind: z.enum(['verb', 'noun']),
  head: textSpanSchema.extend({ lemma: z.string() }),
  particle: z.string().nullable().describe('verb particle right after the head: up, out, off, down, back...'),
  group: spanSchema.describe('the verb group with auxiliaries, modals and negation'),
  form: z.enum(['finite', 'infinitive', 'gerund', 'participle', 'nominal']),
  tense: z.enum(['past', 'present', 'future', 'none']),
  voice: z.enum(['active', 'passive']),
  negated: z.boolean(),
  modal: z.string().nullable(),
  question: z.boolean(),
  parent: z.string().nullable(),
  link: z.enum(['complement', 'reported', 'relative', 'coordinate', 'adverbial', 'nominal']).nullable(),
  args: z.array(clauseArgSchema),
  rule: z.string(),
});

const eventActorSchema = z.object({ entity: z.string().nullable(), actor: z.string().nullable(), text: z.string() });

export const eventSchema = z.object({
  id: z.string(),
  cameo: z.object({ code: z.string(), label: z.string(), root: z.string(), goldstein: z.number(), quadClass: z.number().int().min(1).max(4) }),
  plover: z.object({ type: z.string(), mode: z.string().nullable() }).nullable(),
  source: eventActorSchema,
  target: eventActorSchema.nullable(),
  date: isoDay.nullable(),
  dateSource: z.enum(['time', 'published', 'none']).describe('date from the clause\'s time expression (`time`), else the publication date'),
  time: z.string().nullable(),
  location: z.string().nullable(),
  negated: z.boolean(),
  modality: z.enum(['asserted', 'intended', 'hypothetical', 'reported']),
  question: z.boolean().describe('the event is asked about, not asserted'),
  quote: z.string().nullable(),
  sentence: z.string(),
  evidence: z.array(spanSchema).min(1),
  confidence: z.number().min(0).max(1),
  rule: z.string(),
});

export const stageErrorSchema = z.object({ stage: z.string(), code: z.string(), message: z.string() });

export const documentSchema = z.object({
  article: articleSchema,
  text: z.string(),
  paragraphs: z.array(paragraphSchema),
  sentences: z.array(sentenceSchema),
  tokens: z.array(tokenSchema),
  entities: z.array(entitySchema),
  times: z.array(timeSchema),
  quotes: z.array(quoteSchema),
  clauses: z.array(clauseSchema),
  events: z.array(eventSchema),
  errors: z.array(stageErrorSchema),
  /** Problems a stage worked around with every layer still complete (an over-long sentence cut into pieces): not failures. */
  warnings: z.array(stageErrorSchema).default([]),
});

export type Article = z.infer<typeof articleSchema>;
export type Dateline = z.infer<typeof datelineSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;
export type Sentence = z.infer<typeof sentenceSchema>;
export type Token = z.infer<typeof tokenSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type TimeExpr = z.infer<typeof timeSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Clause = z.infer<typeof clauseSchema>;
export type ClauseArg = z.infer<typeof clauseArgSchema>;
export type ReadoutEvent = z.infer<typeof eventSchema>;
export type StageError = z.infer<typeof stageErrorSchema>;
export type ReadoutDocument = z.infer<typeof documentSchema>;

/** The layers a stage can need or add. */
export type LayerName = Exclude<keyof ReadoutDocument, 'article' | 'errors' | 'warnings'>;

export function documentJsonSchema(): unknown {
  return z.toJSONSchema(documentSchema, { target: 'draft-2020-12' });
}
