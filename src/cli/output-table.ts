import { Option } from 'commander';
import { csvCell } from '../store/export/csv-cell.js';

export type OutputFormat = 'table' | 'json' | 'csv';

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
  /** Widest the table column may get (longer cells are cut with …). */
  max?: number;
}

export const formatOption = () =>
  new Option('--format <format>', 'table for people, json or csv for programs').choices(['table', 'json', 'csv']).default('table');


/** Rows as an aligned text table, a JSON array (the rows as they are) or CSV (the columns). */
export function renderRows<T>(rows: T[], columns: Column<T>[], format: OutputFormat): string {
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'csv') {
    return [columns.map((c) => csvCell(c.header)).join(','), ...rows.map((r) => columns.map((c) => csvCell(c.value(r))).join(','))].join('\n') + '\n';
  }
  if (rows.length === 0) return '(none)\n';
  const cells = rows.map((r) => columns.map((c) => clip(String(c.value(r) ?? ''), c.max ?? 40)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i]!.length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}
