import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { asReadoutError, type ErrorCode, type ReadoutError } from '../errors/readout-error.js';

/** HTTP status for each stable error code; anything unlisted is a server fault (500). */
const STATUS: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  USAGE: 400,
  REQUEST_INVALID: 400,
  DATE_INVALID: 400,
  AUTH_REQUIRED: 401,
  NOT_FOUND: 404,
  INPUT_NOT_FOUND: 404,
  INPUT_TOO_LARGE: 413,
  INPUT_EMPTY: 422,
  INPUT_BINARY: 422,
  INPUT_ENCODING: 422,
  INPUT_FORMAT: 422,
  HTML_NO_BODY: 422,
  JSONL_PARSE: 422,
  INPUT_UNREADABLE: 422,
  FETCH_FAILED: 502,
};

export function statusFor(code: ErrorCode): ContentfulStatusCode {
  return STATUS[code] ?? 500;
}

/** Issues that explain a 400, one per bad field. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** Error details the HTTP boundary can attach to a ReadoutError (validation issues). */
export class HttpReadoutDetails {
  constructor(readonly issues: FieldIssue[]) {}
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; subject?: ReadoutError['subject']; issues?: FieldIssue[] };
}

/** The HTTP boundary: every thrown value becomes a JSON error with a status; server faults are logged. */
export function errorResponse(e: unknown, c: Context, log: (line: string) => void): Response {
  const err = asReadoutError(e, 'STAGE_FAILED');
  const status = statusFor(err.code);
  const body: ErrorBody = { error: { code: err.code, message: err.message } };
  if (Object.keys(err.subject).length > 0) body.error.subject = err.subject;
  if (err.cause instanceof HttpReadoutDetails) body.error.issues = err.cause.issues;
  if (status >= 500) log(`readout: ${c.req.method} ${c.req.path}: ${err.describe()}`);
  if (status === 401) c.header('WWW-Authenticate', 'Bearer realm="readout"');
  return c.json(body, status);
}
