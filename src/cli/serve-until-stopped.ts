import type { ServeOptions } from '../server/start-server.js';

/**
 * Starts the server, prints its address, and resolves when the process is asked to stop (Ctrl-C,
 * SIGTERM). When the port is taken and `fallback` is set, a free port is used instead.
 */
export async function serveUntilStopped(o: ServeOptions & { fallback?: boolean; onClose?: () => void }): Promise<void> {
  // the HTTP server (and the fetch classes it installs) loads only for commands that serve
  const { startServer } = await import('../server/start-server.js');
  let server;
  try {
    server = await startServer(o);
  } catch (e) {
    if (!o.fallback || (e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
    process.stderr.write(`readout: port ${o.port} is taken; using a free one\n`);
    server = await startServer({ ...o, port: 0 });
  }
  const what = server.web ? 'the web UI and the API' : 'the API (the web UI is not built: run npm run build)';
  process.stdout.write(`readout: serving ${what} at ${server.url}  (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => void server.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  o.onClose?.();
}
