import { closeSync, openSync, writeSync } from 'node:fs';
import type { Command } from 'commander';
import { Option } from 'commander';
import { EXPORT_FORMATS, exportChunks, type ExportFormat } from '../../store/export/export-formats.js';
import { openExistingStore, withDbOption } from '../db-option.js';
import { eventFilterFrom, withEventFilters } from '../event-filter-options.js';

export function registerExport(program: Command): void {
  withEventFilters(withDbOption(program.command('export').description('export stored events: GDELT 2.0 events or mentions (TSV), PLOVER JSONL, CSV, GraphML, GEXF')))
    .addOption(new Option('--format <format>', 'export format').choices([...EXPORT_FORMATS]).makeOptionMandatory())
    .option('--out <file>', 'write to FILE instead of stdout')
    .option('--header', 'GDELT formats: add a first line with the codebook column names')
    .action((opts: Record<string, string | undefined> & { db: string; format: ExportFormat; out?: string; header?: boolean }) => {
      const db = openExistingStore(opts.db);
      const fd = opts.out ? openSync(opts.out, 'w') : 1;
      try {
        const counts = { written: 0, skipped: 0 };
        let buffer = '';
        for (const chunk of exportChunks(db, opts.format, eventFilterFrom(opts), { header: Boolean(opts.header), counts })) {
          buffer += chunk;
          if (buffer.length > 1 << 16) {
            writeSync(fd, buffer);
            buffer = '';
          }
        }
        if (buffer) writeSync(fd, buffer);
        if (opts.format === 'plover' && counts.skipped > 0) process.stderr.write(`readout: ${counts.skipped} events without a PLOVER type were not exported\n`);
      } finally {
        if (fd !== 1) closeSync(fd);
        db.close();
      }
    });
}
