/** Names normalised so far (names repeat across articles: Iran, the ministry...); started again when full. */
const seen = new Map<string, string>();
const MAX_SEEN = 50_000;

/**
 * Normalised names for matching actors across articles and for query look-ups: case, diacritics,
 * apostrophes and punctuation folded, the Arabic article prefix (al-, el-) dropped, spaces collapsed.
 */
export function normName(name: string): string {
  let norm = seen.get(name);
  if (norm === undefined) {
    norm = name
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/['’ʿʻ`´]/g, '')
      .replace(/\b(?:al|el)[-\s]+(?=\p{L})/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (seen.size >= MAX_SEEN) seen.clear();
    seen.set(name, norm);
  }
  return norm;
}
