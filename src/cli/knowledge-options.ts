import { existsSync, statSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { ReadoutError } from '../errors/readout-error.js';
import { Extractor } from '../extract/extractor.js';
import { createContext } from '../pipeline/context.js';
import { STAGES } from '../pipeline/stages.js';

/** Commander collector for the repeatable `--kb DIR` option. */
export function collectDirs(dir: string, previous: string[]): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ReadoutError('USAGE', `--kb ${dir}: not a directory`);
  return [...previous, dir];
}

/** `--kb DIR` (repeatable): a knowledge-base folder added to data/kb. */
export function kbOption(): Option {
  return new Option('--kb <dir>', 'add a knowledge-base folder (repeatable; its entries win over data/kb)').argParser(collectDirs).default([]);
}

/** `--patterns DIR...`: event pattern folders or files added to data/patterns. */
export function patternsOption(): Option {
  return new Option('--patterns <dirs...>', 'extra event pattern folders or files (see `readout patterns check`)');
}

export interface KnowledgeFlags {
  kb?: string[];
  patterns?: string[];
}

/**
 * Adds the options that change what the pipeline knows (`--kb`, `--patterns`): one definition for
 * every command that extracts (extract, ingest, watch, reprocess, serve, explain, eval).
 */
export function withKnowledgeOptions(cmd: Command): Command {
  return cmd.addOption(kbOption()).addOption(patternsOption());
}

/** The extractor with the user's knowledge-base folders and pattern files. */
export function extractorFrom(opts: KnowledgeFlags): Extractor {
  return new Extractor(STAGES, createContext({ kbDirs: opts.kb ?? [], patternDirs: opts.patterns ?? [] }));
}
