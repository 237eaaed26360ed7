/** Stable error codes. Printed only at the CLI and HTTP boundaries. */
export const ERROR_CODES = {
  USAGE: 'bad command-line usage',
  INPUT_NOT_FOUND: 'input path does not exist',
  INPUT_UNREADABLE: 'input could not be read',
  INPUT_EMPTY: 'input is empty',
  INPUT_BINARY: 'input is binary, not text',
  INPUT_ENCODING: 'input is not valid UTF-8',
  INPUT_TOO_LARGE: 'input is over the size limit',
  INPUT_FORMAT: 'input format not recognised',
  HTML_NO_BODY: 'HTML has no readable article body',
  JSONL_PARSE: 'JSONL line is not a valid article',
  DATE_INVALID: 'date is not a valid YYYY-MM-DD date',
  PIPELINE_INVALID: 'pipeline stages do not fit together',
  STAGE_FAILED: 'a pipeline stage failed',
  KB_INVALID: 'knowledge-base file is invalid',
  STORE_OPEN: 'database could not be opened',
  STORE_VERSION: 'database was written by a newer readout',
  FETCH_FAILED: 'URL could not be fetched',
  FEED_PARSE: 'feed is not valid RSS or Atom',
  REQUEST_INVALID: 'HTTP request is not valid',
  NOT_FOUND: 'no such resource',
  AUTH_REQUIRED: 'a valid token is required',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorSubject {
  /** File path, URL or "-" for stdin. */
  input?: string;
  /** 1-based line number inside the input (JSONL, YAML). */
  line?: number;
  /** Article id when known. */
  article?: string;
}

export class ReadoutError extends Error {
  readonly code: ErrorCode;
  readonly subject: ErrorSubject;

  constructor(code: ErrorCode, message: string, subject: ErrorSubject = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReadoutError';
    this.code = code;
    this.subject = subject;
  }

  /** "file.txt:3 (article abc): reason" — used by the CLI. */
  describe(): string {
    const where = [
      this.subject.input ? `${this.subject.input}${this.subject.line ? `:${this.subject.line}` : ''}` : null,
      this.subject.article ? `article ${this.subject.article}` : null,
    ].filter(Boolean);
    return `${where.length ? `${where.join(' ')}: ` : ''}${this.code}: ${this.message}`;
  }
}

export function isReadoutError(e: unknown): e is ReadoutError {
  return e instanceof ReadoutError;
}

/** Any thrown value as a ReadoutError, keeping the original as cause. */
export function asReadoutError(e: unknown, fallback: ErrorCode, subject: ErrorSubject = {}): ReadoutError {
  if (e instanceof ReadoutError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new ReadoutError(fallback, message, subject, { cause: e });
}
