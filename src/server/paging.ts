import { z } from 'zod';

/** Paging convention of every list endpoint: ?limit (1..1000, default 50) and ?offset (default 0). */
export const MAX_LIMIT = 1000;
export const DEFAULT_LIMIT = 50;

export const pagingQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT),
  offset: z.coerce.number().int().min(0).default(0),
});

export type Paging = z.infer<typeof pagingQuery>;

/** Every list answer: the page of items, the total that matched, and the paging used. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export function pageOf<T>(all: readonly T[], paging: Paging): Page<T> {
  return { items: all.slice(paging.offset, paging.offset + paging.limit), total: all.length, limit: paging.limit, offset: paging.offset };
}
