import { ReadoutError } from '../errors/readout-error.js';
import { toLf } from './decode.js';
import type { ArticleMeta, IngestResult, IngestOptions } from './ingest-types.js';
import { parseHtml } from './parse-html.js';
import { parseText } from './parse-text.js';

const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);

/**
 * JSONL: one article a line, `{id, text | html, title?, published | date?, url?, source?, author?}`.
 * A broken line yields an error naming the file and line; the other lines go on.
 */
export function* parseJsonl(content: string, input: string, options: IngestOptions): Generator<IngestResult> {
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const where = { input, line: i + 1 };
    try {
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch (e) {
        // Name the article when its id can still be read from the broken line.
        const id = /"id"\s*:\s*"([^"\\]{1,200})"/.exec(line)?.[1];
        throw new ReadoutError('JSONL_PARSE', `not JSON: ${(e as Error).message}`, { ...where, article: id });
      }
      if (!record || typeof record !== 'object' || Array.isArray(record)) {
        throw new ReadoutError('JSONL_PARSE', 'a line must be a JSON object', where);
      }
      const r = record as Record<string, unknown>;
      const meta: ArticleMeta = {
        id: str(r.id), title: str(r.title), published: str(r.published) ?? str(r.date),
        url: str(r.url), source: str(r.source), author: str(r.author),
      };
      const subject = { ...where, article: meta.id ?? undefined };
      const text = str(r.text);
      const html = str(r.html);
      if (text === null && html === null) throw new ReadoutError('JSONL_PARSE', 'no "text" or "html" field', subject);
      if ((text ?? html ?? '').trim() === '') throw new ReadoutError('INPUT_EMPTY', 'article text is empty', subject);
      if (r.published !== undefined && r.published !== null && typeof r.published !== 'string') {
        throw new ReadoutError('JSONL_PARSE', '"published" must be a string', subject);
      }
      const label = `${input}:${i + 1}`;
      const value = text !== null ? parseText(toLf(text), label, meta, options, 'jsonl') : parseHtml(html!, label, meta, options);
      value.article.format = 'jsonl';
      yield { ok: true, value };
    } catch (e) {
      if (e instanceof ReadoutError) {
        if (e.subject.line === undefined) Object.assign(e.subject, where);
        yield { ok: false, error: e };
      } else throw e;
    }
  }
}
