import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ReadoutError } from '../errors/readout-error.js';

/** True for host names that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || h === '::ffff:127.0.0.1';
}

/** Who may write: `token` null means the server listens on loopback only and writes are open to this machine. */
export interface AccessRule {
  token: string | null;
}

/**
 * The start-up rule: a server that listens beyond localhost must have a token for its writing
 * endpoints, and refuses to start without one.
 */
export function accessRuleFor(host: string, token: string | null | undefined): AccessRule {
  const t = token?.trim() ? token.trim() : null;
  if (!t && !isLoopbackHost(host)) {
    throw new ReadoutError('USAGE', `listening on ${host} (beyond localhost) needs a token for the writing endpoints: pass --token or set READOUT_TOKEN`);
  }
  if (t && t.length < 8) throw new ReadoutError('USAGE', 'the token must be at least 8 characters long');
  return { token: t };
}

function sameSecret(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

/**
 * Guards a writing endpoint. With a token: `Authorization: Bearer TOKEN` is required. Without one
 * (loopback only): a browser request from another origin is refused, so that a web page the user
 * visits cannot write to the local server.
 */
export function requireWriteAccess(rule: AccessRule): MiddlewareHandler {
  return async (c, next) => {
    if (rule.token) {
      const header = c.req.header('authorization') ?? '';
      const m = /^Bearer\s+(.+)$/i.exec(header.trim());
      if (!m) throw new ReadoutError('AUTH_REQUIRED', 'this endpoint writes: send the server token as "Authorization: Bearer TOKEN"');
      if (!sameSecret(m[1]!.trim(), rule.token)) throw new ReadoutError('AUTH_REQUIRED', 'the token does not match');
    } else {
      const origin = c.req.header('origin');
      if (origin && origin !== new URL(c.req.url).origin) {
        throw new ReadoutError('AUTH_REQUIRED', `cross-origin write from ${origin} refused`);
      }
    }
    await next();
  };
}
