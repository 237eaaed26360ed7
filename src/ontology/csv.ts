import { ReadoutError } from '../errors/readout-error.js';

export interface CsvRow {
  /** 1-based line number in the file. */
  line: number;
  values: Record<string, string>;
}

/**
 * A small RFC 4180 reader for the knowledge tables: a header line, comma-separated fields, fields
 * in double quotes may hold commas and doubled quotes (no newlines inside fields). Lines starting
 * with # and blank lines are skipped. Errors carry the line number.
 */
export function parseCsv(text: string, file: string): CsvRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let header: string[] | null = null;
  const rows: CsvRow[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const fields = splitLine(raw, file, line);
    if (!header) {
      header = fields.map((f) => f.trim());
      return;
    }
    if (fields.length !== header.length) {
      throw new ReadoutError('KB_INVALID', `expected ${header.length} fields (${header.join(',')}), found ${fields.length}`, { input: file, line });
    }
    const values: Record<string, string> = {};
    header.forEach((h, k) => (values[h] = fields[k]!.trim()));
    rows.push({ line, values });
  });
  return rows;
}

function splitLine(raw: string, file: string, line: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= raw.length) {
    if (raw[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= raw.length) throw new ReadoutError('KB_INVALID', 'unterminated quoted field', { input: file, line });
        if (raw[i] === '"' && raw[i + 1] === '"') { value += '"'; i += 2; continue; }
        if (raw[i] === '"') { i++; break; }
        value += raw[i++];
      }
      if (i < raw.length && raw[i] !== ',') throw new ReadoutError('KB_INVALID', `unexpected character after quoted field at column ${i + 1}`, { input: file, line });
      out.push(value);
      i++;
    } else {
      const comma = raw.indexOf(',', i);
      const end = comma < 0 ? raw.length : comma;
      out.push(raw.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}
