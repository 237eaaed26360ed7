import type { Context } from 'hono';
import type { z } from 'zod';
import { ReadoutError } from '../errors/readout-error.js';
import { HttpReadoutDetails, type FieldIssue } from './http-errors.js';

function invalid(where: string, issues: FieldIssue[]): ReadoutError {
  const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  return new ReadoutError('REQUEST_INVALID', `invalid ${where}: ${summary}`, {}, { cause: new HttpReadoutDetails(issues) });
}

function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/** Parses a value with a schema or throws REQUEST_INVALID naming each bad field. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalid(where, issuesOf(result.error));
  return result.data;
}

/** Query string (single values) validated by a schema; unknown parameters are refused. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  return parseWith(schema, c.req.query(), 'query');
}

/** JSON body validated by a schema; a body that is not JSON is a 400 too. */
export async function parseJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch (e) {
    if (e instanceof ReadoutError) throw e;
    throw invalid('body', [{ path: '', message: 'body is not valid JSON' }]);
  }
  return parseWith(schema, body, 'body');
}
