import { createHash } from 'node:crypto';

/** A stable id from the article's content: the same text always gets the same id. */
export function contentId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
