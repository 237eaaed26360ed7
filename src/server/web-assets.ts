import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { Hono } from 'hono';
import { PROJECT_ROOT } from '../project-root.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.map': 'application/json',
};

/** The built web UI, read into memory once: URL path -> bytes and content type. Nothing else is served. */
export type WebAssets = Map<string, { body: Buffer; type: string }>;

/** dist/web of this package, whether the code runs from src/, dist/ or the bundle. */
export function defaultWebRoot(): string {
  return join(PROJECT_ROOT, 'dist', 'web');
}

export function loadWebAssets(root: string | null): WebAssets | null {
  if (!root || !existsSync(join(root, 'index.html'))) return null;
  const assets: WebAssets = new Map();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else assets.set(`/${relative(root, full).split(sep).join('/')}`, { body: readFileSync(full), type: TYPES[extname(name)] ?? 'application/octet-stream' });
    }
  };
  walk(root);
  return assets;
}

/** GET / and the UI's files. Article content never passes through here: the UI fetches it as JSON. */
export function registerWebRoutes(app: Hono, assets: WebAssets): void {
  const send = (path: string) => {
    const a = assets.get(path);
    if (!a) return null;
    const immutable = path.startsWith('/assets/');
    return new Response(new Uint8Array(a.body), {
      headers: {
        'Content-Type': a.type,
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      },
    });
  };
  app.get('/', () => send('/index.html')!);
  app.get('/assets/*', (c) => send(c.req.path) ?? c.notFound());
  app.get('/favicon.svg', (c) => send('/favicon.svg') ?? c.notFound());
}
