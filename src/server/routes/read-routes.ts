import type { Hono } from 'hono';
import { ReadoutError } from '../../errors/readout-error.js';
import type { AppDeps } from '../app-deps.js';
import type { ReadModel } from '../read-model.js';
import { actorsQuery, articlesQuery, dyadQuery, dyadsQuery, eventsQuery, exportQuery, quotesQuery, timelineQuery } from '../schemas.js';
import { parseQuery } from '../validate.js';

function need(model: ReadModel | null): ReadModel {
  if (!model) throw new ReadoutError('NOT_FOUND', 'this server runs without a store: start it with --db');
  return model;
}

/** The read-only endpoints over the store: open to every client. */
export function registerReadRoutes(app: Hono, deps: AppDeps): void {
  app.get('/articles', (c) => c.json(need(deps.model).articles(parseQuery(c, articlesQuery))));
  app.get('/articles/:id', (c) => {
    const id = c.req.param('id');
    const doc = need(deps.model).article(id);
    if (!doc) throw new ReadoutError('NOT_FOUND', `no article ${id}`, { article: id });
    return c.json(doc);
  });
  app.get('/events', (c) => c.json(need(deps.model).events(parseQuery(c, eventsQuery))));
  app.get('/actors', (c) => c.json(need(deps.model).actors(parseQuery(c, actorsQuery))));
  app.get('/quotes', (c) => c.json(need(deps.model).quotes(parseQuery(c, quotesQuery))));
  app.get('/dyads', (c) => c.json(need(deps.model).dyads(parseQuery(c, dyadsQuery))));
  app.get('/dyad', (c) => {
    const { a, b, by, ...filter } = parseQuery(c, dyadQuery);
    return c.json({ a, b, by, buckets: need(deps.model).dyad(a, b, by, filter) });
  });
  app.get('/timeline', (c) => {
    const { by, ...filter } = parseQuery(c, timelineQuery);
    return c.json({ by, buckets: need(deps.model).timeline(by, filter) });
  });
  app.get('/export', (c) => {
    const { format, ...filter } = parseQuery(c, exportQuery);
    const out = need(deps.model).exportAs(format, filter);
    c.header('Content-Type', out.contentType);
    c.header('Content-Disposition', `attachment; filename="${out.filename}"`);
    return c.body(out.body);
  });
}
