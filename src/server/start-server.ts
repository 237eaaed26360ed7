import { serve, type ServerType } from '@hono/node-server';
import { Extractor } from '../extract/extractor.js';
import { accessRuleFor } from './access.js';
import { createApp } from './app.js';
import { httpArticleFetcher } from './fetch-article.js';
import type { ReadModel } from './read-model.js';
import { defaultWebRoot, loadWebAssets } from './web-assets.js';

export interface ServeOptions {
  host: string;
  port: number;
  token: string | null;
  model: ReadModel | null;
  /** The extractor, built on first use when not given (knowledge and models load once). */
  extractor?: () => Extractor;
  maxBodyBytes?: number;
  webRoot?: string | null;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  /** True when the built web UI is being served. */
  web: boolean;
  close(): Promise<void>;
}

/** Listens; refuses to start beyond localhost without a token (accessRuleFor throws USAGE). */
export async function startServer(o: ServeOptions): Promise<RunningServer> {
  const access = accessRuleFor(o.host, o.token);
  let built: Extractor | null = null;
  const extractor = o.extractor ?? (() => (built ??= new Extractor()));
  const web = loadWebAssets(o.webRoot === undefined ? defaultWebRoot() : o.webRoot);
  const app = createApp({
    extractor,
    model: o.model,
    access,
    fetcher: httpArticleFetcher(),
    maxBodyBytes: o.maxBodyBytes ?? 10 * 1024 * 1024,
    web,
    log: o.log ?? ((line) => process.stderr.write(`${line}\n`)),
  });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: o.host, port: o.port }, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : o.port;
  const shownHost = o.host.includes(':') ? `[${o.host}]` : o.host;
  return {
    url: `http://${shownHost}:${port}/`,
    web: web !== null,
    close: () => new Promise<void>((resolve) => {
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}
