import type { Hono } from 'hono';
import { documentSchema } from '../../document/schema.js';
import { ReadoutError } from '../../errors/readout-error.js';
import { requireWriteAccess } from '../access.js';
import type { AppDeps } from '../app-deps.js';
import { reprocessBody } from '../schemas.js';
import { parseJsonBody, parseWith } from '../validate.js';

/** The writing endpoints: behind the token rule (requireWriteAccess). */
export function registerWriteRoutes(app: Hono, deps: AppDeps): void {
  const guard = requireWriteAccess(deps.access);
  const model = () => {
    if (!deps.model) throw new ReadoutError('NOT_FOUND', 'this server runs without a store: start it with --db');
    return deps.model;
  };
  /** Ingest already-annotated documents (the output of `readout extract`); POST /extract with store:true ingests raw articles. */
  app.post('/articles', guard, async (c) => {
    const body = await c.req.json().catch(() => {
      throw new ReadoutError('REQUEST_INVALID', 'invalid body: body is not valid JSON');
    });
    const docs = parseWith(documentSchema.array().min(1).max(1000), Array.isArray(body) ? body : [body], 'body');
    let created = 0;
    for (const doc of docs) if (model().save(doc).created) created++;
    return c.json({ stored: docs.length, created }, created > 0 ? 201 : 200);
  });
  app.delete('/articles/:id', guard, (c) => {
    const id = c.req.param('id');
    if (!model().remove(id)) throw new ReadoutError('NOT_FOUND', `no article ${id}`, { article: id });
    return c.json({ deleted: id });
  });
  app.post('/reprocess', guard, async (c) => {
    const { ids } = await parseJsonBody(c, reprocessBody);
    return c.json(model().reprocess(ids));
  });
}
