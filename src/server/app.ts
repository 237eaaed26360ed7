import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ReadoutError } from '../errors/readout-error.js';
import type { AppDeps } from './app-deps.js';
import { errorResponse } from './http-errors.js';
import { openApiDocument } from './openapi.js';
import { registerExtractRoute } from './routes/extract-route.js';
import { registerReadRoutes } from './routes/read-routes.js';
import { registerWriteRoutes } from './routes/write-routes.js';
import { registerWebRoutes } from './web-assets.js';

/** Strict policy: only this server's own scripts, styles and data; no inline script, no framing. */
const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:",
  "connect-src 'self'", "font-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

/** The HTTP app (API + web UI), usable in-process with app.request() or served by start-server.ts. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.onError((e, c) => errorResponse(e, c, deps.log));
  app.notFound((c) => errorResponse(new ReadoutError('NOT_FOUND', `no route ${c.req.method} ${c.req.path}`), c, deps.log));
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Content-Security-Policy', CSP);
  });
  app.use('*', bodyLimit({
    maxSize: deps.maxBodyBytes,
    onError: () => {
      throw new ReadoutError('INPUT_TOO_LARGE', `request body is over the limit of ${deps.maxBodyBytes} bytes`);
    },
  }));
  app.get('/openapi.json', (c) => c.json(openApiDocument()));
  app.get('/health', (c) => c.json({ ok: true, store: deps.model !== null, tokenRequired: deps.access.token !== null }));
  registerExtractRoute(app, deps);
  registerReadRoutes(app, deps);
  registerWriteRoutes(app, deps);
  if (deps.web) registerWebRoutes(app, deps.web);
  return app;
}
