import { z } from 'zod';
import { isIsoDay } from '../ingest/published-date.js';
import { pagingQuery } from './paging.js';

/** Request schemas: validation at the boundary and the source of /openapi.json's parameters. */
const day = z.string().refine(isIsoDay, 'expected a real date written YYYY-MM-DD');
const granularity = z.enum(['day', 'week', 'month']).default('day');

export const eventFilterQuery = z.strictObject({
  actor: z.string().min(1).optional().describe("source or target: name (substring) or id of the stored actor, or actor code or country code (the event's own code, that of its day)"),
  source: z.string().min(1).optional().describe('source actor: name, code or country'),
  target: z.string().min(1).optional().describe('target actor: name, code or country'),
  code: z.string().regex(/^\d{2,4}\*?$/, 'expected a CAMEO code such as 190, or a prefix such as 19*').optional().describe('CAMEO code, exact (190) or a prefix ending in * (19*)'),
  root: z.string().regex(/^\d{2}$/, 'expected a two-digit CAMEO root code').optional(),
  plover: z.string().min(1).optional().describe('PLOVER event type'),
  quad: z.coerce.number().int().min(1).max(4).optional().describe('quad class 1..4'),
  since: day.optional().describe('first day, inclusive'),
  until: day.optional().describe('last day, inclusive'),
  place: z.string().min(1).optional().describe('place name or country code'),
  text: z.string().min(1).optional().describe('full-text search in the event sentence'),
  article: z.string().min(1).optional().describe('only events of this article'),
});

const sortable = z.object({
  sort: z.enum(['date', 'code', 'goldstein', 'source', 'target']).default('date'),
  order: z.enum(['asc', 'desc']).default('desc'),
});

export const eventsQuery = eventFilterQuery.extend(pagingQuery.shape).extend(sortable.shape);
export const dyadsQuery = eventFilterQuery.extend(pagingQuery.shape);
export const articlesQuery = z.strictObject({ ...pagingQuery.shape, text: z.string().min(1).optional().describe('words in the title or text') });
export const actorsQuery = z.strictObject({ ...pagingQuery.shape, name: z.string().min(1).optional().describe('name substring') });
export const quotesQuery = z.strictObject({ ...pagingQuery.shape, speaker: z.string().min(1).optional(), article: z.string().min(1).optional() });
export const timelineQuery = eventFilterQuery.extend({ by: granularity });
export const dyadQuery = eventFilterQuery.omit({ source: true, target: true }).extend({
  a: z.string().min(1).describe('source actor: name, code or country'),
  b: z.string().min(1).describe('target actor: name, code or country'),
  by: granularity,
});
export const exportFormats = ['gdelt', 'gdelt-mentions', 'plover', 'csv', 'graphml', 'gexf'] as const;
export const exportQuery = eventFilterQuery.extend({ format: z.enum(exportFormats) });

export const extractBody = z.strictObject({
  text: z.string().min(1).optional().describe('the article as plain text (an optional first-line headline, a dateline)'),
  html: z.string().min(1).optional().describe('the article as an HTML page'),
  url: z.url({ protocol: /^https?$/ }).optional().describe('an http(s) URL to fetch (only when given)'),
  id: z.string().min(1).max(200).optional(),
  title: z.string().min(1).max(1000).optional(),
  source: z.string().min(1).max(200).optional(),
  date: day.optional().describe('publication date, YYYY-MM-DD'),
  store: z.boolean().default(false).describe('also store the document (a writing request: needs the token rule)'),
}).refine((b) => [b.text, b.html, b.url].filter((x) => x !== undefined).length === 1, {
  message: 'give exactly one of text, html or url',
});

export const extractQuery = z.strictObject({
  date: day.optional(),
  title: z.string().min(1).optional(),
  store: z.enum(['true', 'false']).default('false'),
});

export const reprocessBody = z.strictObject({ ids: z.array(z.string().min(1)).max(100000).default([]) });
