import type { KnowledgeBase } from '../../kb/compile-kb.js';
import type { KbEntry } from '../../kb/kb-types.js';
import { roleAt } from './actor-code.js';

/**
 * A lone surname ("Sharaa", "Assad") the article gives no full name for, resolved against the
 * knowledge base: the persons with that last name, narrowed by the country the text gives
 * ("Syria's de facto ruler Sharaa"), else by the article's countries; then those holding a role
 * on the date; with no country at all, the only person of that name. Taken only when one person remains.
 */
export function resolveSurname(kb: KnowledgeBase, word: string, country: string | null, date: string | null, articleCountries: ReadonlySet<string>, properNoun = false, title: string | null = null): KbEntry | null {
  const all = kb.surnames.get(word) ?? [];
  if (all.length === 0) return null;
  const countriesOf = (e: KbEntry): Set<string> => new Set((e.roles ?? []).map((r) => r.country));
  let pool = country ? all.filter((e) => countriesOf(e).has(country)) : all.filter((e) => [...countriesOf(e)].some((c) => articleCountries.has(c)));
  // No country to go by ("Obama said..." in a story naming no country of his): the one person of
  // the knowledge base with that last name.
  // (Not under a title that person never held: "King Hassan" is not a prime minister called Hassan.)
  const fitsTitle = (e: KbEntry): boolean => !title || heldTitle(e, title);
  if (pool.length === 0 && !country && all.length === 1 && articleCountries.size === 0 && fitsTitle(all[0]!)) pool = all;
  // A story about other countries that names a leader by surname alone ("Putin warned the West" in a
  // story about Ukraine and France): the one person of that name in office on the article's date, when
  // the tagger reads the word as a proper noun (not "So, ..." for Han Duck-soo).
  if (pool.length === 0 && !country && date && properNoun) {
    const inOffice = all.filter((e) => { const r = roleAt(e.roles ?? [], date, null); return r.why === 'role-at-date' && r.role?.sector !== 'ELI'; });
    if (inOffice.length === 1) pool = inOffice;
  }
  // The same story with no publication date to check office against: the one person of the
  // knowledge base with that name, again only when the tagger reads the word as a proper noun.
  if (pool.length === 0 && !country && !date && properNoun && all.length === 1 && fitsTitle(all[0]!)) pool = all;
  if (pool.length > 1) {
    const active = pool.filter((e) => { const r = roleAt(e.roles ?? [], date, null); return r.role && r.why !== 'before-roles'; });
    if (active.length > 0) pool = active;
  }
  if (pool.length > 1 && date) {
    const current = pool.filter((e) => roleAt(e.roles ?? [], date, null).why === 'role-at-date');
    if (current.length > 0) pool = current;
  }
  return pool.length === 1 ? pool[0]! : null;
}

/** The one country every knowledge-base person with this last name has held roles in, if there is one (international roles aside). */
export function surnameCountry(kb: KnowledgeBase, word: string): string | null {
  return onlyCountry(kb.surnames.get(word) ?? []);
}

/**
 * The knowledge-base persons with this last name who held the role a bare title names ("President
 * Bush": the persons called Bush who were presidents). A known person's own role wins over the
 * story's countries: "President Obama" in a story about Morocco is still Obama.
 */
export function titledNamesakes(kb: KnowledgeBase, word: string, title: string): KbEntry[] {
  return (kb.surnames.get(word) ?? []).filter((e) => heldTitle(e, title));
}

/** Whether a person held a role the title names ("president" fits "vice president"'s holder only as written). */
function heldTitle(e: KbEntry, title: string): boolean {
  const t = title.toLowerCase();
  return (e.roles ?? []).some((r) => r.title !== undefined && r.title !== null && (r.title === t || r.title.endsWith(` ${t}`)));
}

/** The one country of a set of persons' roles (international roles aside), if there is one. */
export function onlyCountry(persons: readonly KbEntry[]): string | null {
  const countries = new Set(persons.flatMap((e) => (e.roles ?? []).map((r) => r.country).filter((c) => c !== 'IGO')));
  return countries.size === 1 ? [...countries][0]! : null;
}
