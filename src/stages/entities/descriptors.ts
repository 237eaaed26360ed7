import type { Candidate } from '../mentions/candidate.js';
import type { WordUnits } from '../mentions/word-units.js';
import type { ChosenMention, Descriptor } from './mention.js';

/** Lower-case words that may sit between a country word and a role ("Syria's new foreign minister"). */
const FILLERS = new Set(['presidential', 'policy', 'communications', 'communication', 'resident', 'permanent', 'special', 'regional', 'provincial', 'district', 'local', 'federal', 'new', 'top', 'interim', 'acting', 'senior', 'state', 'owned', 'run', 'backed', 'de', 'facto', 'then', 'current', 'longtime', 'long', 'time', 'veteran', 'powerful', 'chief', 'main', 'deputy', 'caretaker', 'transitional', 'incoming', 'newly', 'appointed', 'elected', 'self', 'proclaimed', 'influential']);
const TITLE_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
const DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'a', 'an']);
const NUMBERS: Record<string, number> = { two: 2, both: 2, three: 3, four: 4, five: 5 };

const isPersonLike = (m: ChosenMention): boolean => m.kind === 'name' || (m.kind === 'kb' && m.entries[0]?.type === 'PERSON');

/**
 * Reads roles around mentions. A role before a name is its title ("Iraqi Foreign Minister Fuad
 * Hussein", "Syria's de facto ruler Sharaa"); a role after a name and a comma is an appositive; a
 * country's possessive before a name describes it ("Iraq's Hussein"). Roles that describe no name
 * become mentions of their own: group descriptions ("Iraqi officials", "American warplanes"),
 * references to one person ("the Syrian Minister", "his Syrian counterpart") and plural references
 * ("the two ministers").
 */
export function applyDescriptors(u: WordUnits, mentions: ChosenMention[], roles: readonly Candidate[]): ChosenMention[] {
  const at = new Map<number, ChosenMention>();
  const endAt = new Map<number, ChosenMention>();
  for (const m of mentions) { at.set(m.tokStart, m); endAt.set(m.tokEnd, m); }
  const covered = new Array<boolean>(u.keys.length).fill(false);
  for (const m of mentions) for (let i = m.tokStart; i < m.tokEnd; i++) covered[i] = true;
  const roleEnd = new Map<number, Candidate>();
  for (const r of roles) roleEnd.set(r.tokEnd, r);
  // roles by first and by last token, in their order (look-ups instead of scans: long articles have many roles)
  const startingAt = groupBy(roles, (r) => r.tokStart);
  const endingAt = groupBy(roles, (r) => r.tokEnd);
  const added: ChosenMention[] = [];
  const consumed = new Set<ChosenMention>();
  // An organisation's name ending in a role, before a person, is the person's title:
  // "UN Secretary-General Antonio Guterres", "Iran's foreign ministry spokesman Esmaeil Baghaei".
  for (const m of mentions) {
    const e = m.entries[0];
    if (!e || e.type !== 'ORG' || (m.kind !== 'kb' && m.kind !== 'body')) continue;
    const role = endingAt.get(m.tokEnd)?.find((r) => r.roleKind === 'person' && r.tokStart > m.tokStart);
    const person = at.get(m.tokEnd);
    if (!role || !person || !isPersonLike(person)) continue;
    // "former Turkish ambassador Mithat Rende": a modifier before the body makes the person a former official.
    const former = endingAt.get(m.tokStart)?.some((r) => r.roleKind === 'modifier') ?? false;
    const country = e.actor?.country ?? e.country;
    const actor = former ? { code: `${country ?? ''}ELI`, country, sector: 'ELI' } : e.actor;
    person.descriptor = mergeDescriptor(person.descriptor, { country, sector: actor?.sector ?? null, title: role.title ?? null, former, how: 'title', actor });
    consumed.add(m);
    for (let i = m.tokStart; i < m.tokEnd; i++) covered[i] = true;
  }

  for (const r of roles) {
    if (r.roleKind === 'modifier' || covered[r.tokStart]) continue;
    // Chain of roles to the right ("Iraqi Intelligence Service chief"): only the last of a chain acts.
    if (startingAt.get(r.tokEnd)?.some((o) => o !== r && o.roleKind !== 'modifier')) continue;
    const left = readLeft(u, r, endAt, roleEnd);
    if (left.used.some((m) => consumed.has(m))) continue;
    let next = r.tokEnd;
    while (next < u.keys.length && u.transparent[next]) next++;
    const target = at.get(next);
    const d: Descriptor = { country: left.country, sector: left.sectorFromBody ?? r.sector, title: left.title ? `${left.title} ${r.title}` : r.title ?? null, former: left.former, how: 'title' };
    if (r.roleKind === 'person' && target && isPersonLike(target)) {
      target.descriptor = mergeDescriptor(target.descriptor, left.org ? { ...d, actor: left.org.entries[0]?.actor ?? null } : d);
      left.used.forEach((m) => consumed.add(m));
      continue;
    }
    // "the al-Shabaab militant group": a role after an organisation's name describes the organisation.
    if (left.org) continue;
    // Appositive: NAME , [Syria's new] foreign minister
    const comma = left.start - 1;
    if (r.roleKind === 'person' && comma > 0 && u.surfaces[comma] === ',' && endAt.get(comma) && isPersonLike(endAt.get(comma)!)) {
      const person = endAt.get(comma)!;
      person.descriptor = mergeDescriptor(person.descriptor, { ...d, how: 'appositive' });
      continue;
    }
    const det = left.start > 0 ? u.keys[left.start - 1] : null;
    const count = det ? NUMBERS[det] : undefined;
    const span = { tokStart: left.start, tokEnd: r.tokEnd };
    // "the president of Armenia": a country after "of" is the role's country, as in "the Armenian president".
    let after = r.tokEnd + 1;
    while (after < u.keys.length && (u.transparent[after] || u.keys[after] === 'the') && !at.has(after)) after++;
    const ofCountry = r.roleKind === 'person' && !d.country && u.keys[r.tokEnd] === 'of' ? at.get(after) : undefined;
    // (not "the leader of Afghanistan's Taliban": a possessive country owns what follows)
    if (ofCountry?.kind === 'kb' && ofCountry.entries[0]?.kind === 'country' && !consumed.has(ofCountry) && u.keys[ofCountry.tokEnd] !== "'s") {
      d.country = ofCountry.entries[0].country;
      span.tokEnd = ofCountry.tokEnd;
      left.used.push(ofCountry);
    }
    if (r.roleKind === 'group' && count && u.keys[r.tokEnd - 1]!.endsWith('s')) {
      added.push({ kind: 'group', ...span, tokStart: left.start - 1, rule: 'ref:plural', entries: [], country: d.country, sector: d.sector, title: r.title ?? null, descriptor: d, count });
    } else if (r.roleKind === 'person' && (d.country || (det && DETERMINERS.has(det)))) {
      added.push({ kind: 'ref', ...span, rule: 'ref:title', entries: [], country: d.country, sector: d.former ? 'ELI' : d.sector, title: d.title, roleKind: 'person', descriptor: d });
      left.used.forEach((m) => consumed.add(m));
    } else if ((r.roleKind === 'group' || r.roleKind === 'body') && d.country) {
      added.push({ kind: 'description', ...span, rule: `description:${r.roleKind}`, entries: [], country: d.country, sector: d.former ? 'ELI' : d.sector, title: r.title ?? null, roleKind: r.roleKind, descriptor: d });
      left.used.forEach((m) => consumed.add(m));
    }
  }
  // Possessive before a name: "Iraq's Hussein".
  for (const m of mentions) {
    if (!isPersonLike(m) || m.descriptor) continue;
    const poss = m.tokStart - 1;
    const owner = endAt.get(poss);
    if (poss > 0 && u.keys[poss] === "'s" && owner?.entries[0]?.kind === 'country') {
      m.descriptor = { country: owner.entries[0].country, sector: null, title: null, former: false, how: 'possessive' };
    }
  }
  const kept = mentions.filter((m) => !consumed.has(m));
  return [...kept, ...added].sort((a, b) => a.tokStart - b.tokStart);
}

interface Left {
  start: number;
  country: string | null;
  sectorFromBody: string | null;
  title: string | null;
  former: boolean;
  used: ChosenMention[];
  /** A knowledge-base organisation the role follows. */
  org: ChosenMention | null;
}

/** Walks left from a role over fillers, other roles, "former", to a demonym, a country's "'s" or a body. */
function readLeft(u: WordUnits, r: Candidate, endAt: ReadonlyMap<number, ChosenMention>, roleEnd: ReadonlyMap<number, Candidate>): Left {
  const out: Left = { start: r.tokStart, country: null, sectorFromBody: null, title: null, former: false, used: [], org: null };
  let i = r.tokStart;
  const min = u.sentenceStart[r.tokStart] ?? 0;
  for (let steps = 0; i > min && steps < 8; steps++) {
    const k = u.keys[i - 1];
    const m = endAt.get(i);
    // A lone capitalised word inside a title is not a name ("Iraqi Planning Minister", "Former ... minister").
    if (m && m.kind === 'name' && m.rule === 'name:single' && m.tokEnd - m.tokStart === 1) {
      out.used.push(m);
      const role = roleEnd.get(i);
      if (role?.roleKind === 'modifier') out.former = true;
      i = m.tokStart;
      out.start = i;
      continue;
    }
    if (m) {
      const e = m.entries[0];
      if (e?.kind === 'demonym') { out.country = e.country; out.used.push(m); out.start = m.tokStart; i = m.tokStart; continue; }
      if (m.kind === 'body' || (m.kind === 'kb' && e?.type === 'ORG')) {
        out.country = e?.country ?? e?.actor?.country ?? null;
        out.sectorFromBody = m.sector ?? e?.actor?.sector ?? null;
        out.start = m.tokStart;
        if (m.kind === 'kb') out.org = m;
        break;
      }
      break;
    }
    const role = roleEnd.get(i);
    if (role) {
      if (role.roleKind === 'modifier') out.former = true;
      else out.title = out.title ? `${role.title} ${out.title}` : role.title ?? null;
      // "army spokesman": the unit's sector, not the generic role's.
      if (role.roleKind === 'group' || role.roleKind === 'body') out.sectorFromBody ??= role.sector;
      i = role.tokStart;
      out.start = i;
      continue;
    }
    if (k === "'s") {
      const owner = endAt.get(i - 1);
      if (owner?.entries[0]?.kind === 'country') { out.country = owner.entries[0].country; out.start = owner.tokStart; }
      break;
    }
    if (k && (FILLERS.has(k) || u.transparent[i - 1] || k === '-')) { i--; out.start = i; continue; }
    // Other words of a title: "Iraqi Planning Minister", "Iraqi oil minister".
    if (k && k !== "'s" && TITLE_POS.has(u.pos[i - 1]!) && !u.functionWord[i - 1]) {
      out.title = out.title ?? null;
      i--;
      out.start = i;
      continue;
    }
    break;
  }
  return out;
}

function groupBy<T>(items: readonly T[], key: (x: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const x of items) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}

function mergeDescriptor(a: Descriptor | null, b: Descriptor): Descriptor {
  if (!a) return b;
  return { country: a.country ?? b.country, sector: a.sector ?? b.sector, title: a.title ?? b.title, former: a.former || b.former, how: a.how, actor: a.actor ?? b.actor ?? null };
}
