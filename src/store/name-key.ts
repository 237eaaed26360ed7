/**
 * Normalised names for matching actors across articles and for query look-ups: case, diacritics,
 * apostrophes and punctuation folded, the Arabic article prefix (al-, el-) dropped, spaces collapsed.
 */
export function normName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’ʿʻ`´]/g, '')
    .replace(/\b(?:al|el)[-\s]+(?=\p{L})/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
