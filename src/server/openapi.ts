import { z } from 'zod';
import { documentSchema } from '../document/schema.js';
import { actorsQuery, articlesQuery, dyadQuery, dyadsQuery, eventsQuery, exportQuery, extractBody, quotesQuery, reprocessBody, timelineQuery } from './schemas.js';

type Json = Record<string, unknown>;

function schemaOf(s: z.ZodType): Json {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Json;
  return rest;
}

/** Query parameters from the same zod schema that validates them, so the document stays true. */
function params(s: z.ZodType): Json[] {
  const js = schemaOf(s) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, schema]) => {
    const { description, ...rest } = schema;
    return { name, in: 'query', required: (js.required ?? []).includes(name), schema: rest, ...(description ? { description } : {}) };
  });
}

const errorRef = { $ref: '#/components/schemas/Error' };
const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((c) => [String(c), { description: { 400: 'invalid input (each bad field named)', 401: 'token missing or wrong', 404: 'not found', 413: 'body over the size limit', 422: 'article unreadable', 502: 'URL could not be fetched' }[c] ?? 'error', content: { 'application/json': { schema: errorRef } } }]));
const json = (schema: Json, description = 'ok') => ({ description, content: { 'application/json': { schema } } });
const page = (item: string) => ({ type: 'object', properties: { items: { type: 'array', items: { type: 'object', description: item } }, total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' } } });
const security = [{ bearer: [] }];
const writeNote = 'Writing: when the server has a token, send "Authorization: Bearer TOKEN"; without one (loopback only), cross-origin browser requests are refused.';

function list(summary: string, query: z.ZodType, item: string): Json {
  return { get: { summary, parameters: params(query), responses: { 200: json(page(item)), ...errors(400) } } };
}

let cached: Json | null = null;

export function openApiDocument(): Json {
  cached ??= {
    openapi: '3.1.0',
    info: { title: 'readout', version: '0.1.0', description: 'Who did what to whom, when and where, and who said so: annotated news as data. Lists page with ?limit (1..1000, default 50) and ?offset.' },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Document: schemaOf(documentSchema),
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' }, subject: { type: 'object' }, issues: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } } } } } },
      },
    },
    paths: {
      '/extract': { post: {
        summary: 'Annotate one article (text, HTML or a URL to fetch); optionally store it',
        description: `JSON body, or a raw text/plain or text/html body with ?date, ?title, ?store. Fetching a URL or store:true follows the writing rule. ${writeNote}`,
        parameters: params(z.object({ date: z.string().optional(), title: z.string().optional(), store: z.enum(['true', 'false']).optional() })),
        requestBody: { required: true, content: { 'application/json': { schema: schemaOf(extractBody) }, 'text/plain': { schema: { type: 'string' } }, 'text/html': { schema: { type: 'string' } } } },
        responses: { 200: json({ $ref: '#/components/schemas/Document' }, 'the annotated document'), 201: json({ $ref: '#/components/schemas/Document' }, 'annotated and stored as a new article'), ...errors(400, 401, 413, 422, 502) },
      } },
      '/articles': {
        ...list('Stored articles, newest first', articlesQuery, 'ArticleSummary: id, title, source, url, published, events'),
        post: { summary: 'Ingest annotated documents (one or an array)', description: writeNote, security, requestBody: { required: true, content: { 'application/json': { schema: { oneOf: [{ $ref: '#/components/schemas/Document' }, { type: 'array', items: { $ref: '#/components/schemas/Document' } }] } } } }, responses: { 201: json({ type: 'object' }), ...errors(400, 401, 413) } },
      },
      '/articles/{id}': {
        get: { summary: 'One stored document', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: json({ $ref: '#/components/schemas/Document' }), ...errors(404) } },
        delete: { summary: 'Delete a stored article and its events', description: writeNote, security, parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: json({ type: 'object' }), ...errors(401, 404) } },
      },
      '/events': list('Events, filtered like `readout events`, sortable', eventsQuery, 'EventRow: id, article, date, code, label, root, quadClass, goldstein, plover, source, target, place, text, confidence, mentions'),
      '/actors': list('Actors with aliases and counts', actorsQuery, 'ActorRow'),
      '/quotes': list('Quotes with speakers', quotesQuery, 'QuoteRow'),
      '/dyads': list('Source-target pairs with counts and Goldstein sum and mean (the actor network)', dyadsQuery, 'DyadRow'),
      '/dyad': { get: { summary: 'One dyad over time: counts and Goldstein sum and mean by day, week or month', parameters: params(dyadQuery), responses: { 200: json({ type: 'object' }), ...errors(400) } } },
      '/timeline': { get: { summary: 'Events over time, by quad class', parameters: params(timelineQuery), responses: { 200: json({ type: 'object' }), ...errors(400) } } },
      '/export': { get: { summary: 'Export events: gdelt, gdelt-mentions, plover, csv, graphml, gexf', parameters: params(exportQuery), responses: { 200: { description: 'the file' }, ...errors(400) } } },
      '/reprocess': { post: { summary: 'Re-extract stored articles (all when ids is empty)', description: writeNote, security, requestBody: { content: { 'application/json': { schema: schemaOf(reprocessBody) } } }, responses: { 200: json({ type: 'object' }), ...errors(400, 401, 404) } } },
      '/openapi.json': { get: { summary: 'This document', responses: { 200: json({ type: 'object' }) } } },
      '/health': { get: { summary: 'Liveness, whether a store is attached and whether writes need a token', responses: { 200: json({ type: 'object' }) } } },
    },
  };
  return cached;
}
