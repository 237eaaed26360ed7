import type { KnowledgeBase } from '../../kb/compile-kb.js';
import type { ActorCode, Role } from '../../kb/kb-schemas.js';
import type { KbEntry } from '../../kb/kb-types.js';

/** "2024" -> "2024-01-01", "2017-04" -> "2017-04-01". */
function day(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

export interface RoleChoice {
  role: Role | null;
  /** Why: "role-at-date", "former", "latest-role (no date)", "before-roles". */
  why: string;
}

/**
 * The role a person holds on `date`: the roles whose [from, to) contains the date; among several,
 * one whose title contains `titleHint` ("foreign minister"), else the latest started. After every
 * role has ended, the last role becomes "former" (sector ELI). Without a date, the latest role.
 */
export function roleAt(roles: readonly Role[], date: string | null, titleHint: string | null): RoleChoice {
  if (roles.length === 0) return { role: null, why: 'no-roles' };
  const byStart = [...roles].sort((a, b) => day(a.from ?? '0000').localeCompare(day(b.from ?? '0000')));
  const hinted = (list: Role[]): Role | undefined => (titleHint ? list.filter((r) => r.title && titleHint.includes(r.title)).at(-1) : undefined);
  if (!date) {
    // "President Obama" in an undated text: the role the title names, even a past one.
    const named = hinted(byStart.filter((r) => r.sector !== 'ELI'));
    if (named) return { role: named, why: 'titled-role(no-date)' };
    const open = byStart.filter((r) => r.to === null);
    const pool = open.length > 0 ? open : byStart;
    return { role: hinted(pool) ?? pool.at(-1)!, why: 'latest-role(no-date)' };
  }
  const active = byStart.filter((r) => (!r.from || day(r.from) <= date) && (!r.to || date < day(r.to)));
  if (active.length > 0) {
    const nonEli = active.filter((r) => r.sector !== 'ELI');
    const pool = nonEli.length > 0 ? nonEli : active;
    return { role: hinted(pool) ?? pool.at(-1)!, why: 'role-at-date' };
  }
  const ended = byStart.filter((r) => r.to && day(r.to) <= date);
  if (ended.length > 0) {
    const last = ended.sort((a, b) => day(a.to!).localeCompare(day(b.to!))).at(-1)!;
    return { role: { ...last, sector: 'ELI', title: `former ${last.title ?? ''}`.trim() }, why: 'former' };
  }
  return { role: null, why: 'before-roles' };
}

/** Country + sector as a CAMEO-style code; a role inside an international body takes its code. */
export function roleCode(kb: KnowledgeBase, role: Role): ActorCode {
  if (role.org) {
    const org = kb.entries.get(role.org);
    if (org?.actor) return role.sector === 'ELI' ? { code: `${org.actor.code}ELI`, country: org.actor.country, sector: 'ELI' } : org.actor;
  }
  if (role.country === 'IGO') return { code: `IGO${role.sector === 'IGO' ? '' : role.sector}`, country: null, sector: role.sector };
  return { code: `${role.country}${role.sector}`, country: role.country, sector: role.sector };
}

/**
 * The code of a knowledge-base entry on `date`: persons through their roles (before their first
 * role, their country alone: a person is known to be of a country before holding office);
 * organisations through their dated codes when they have some (the Taliban as rebels, then as the
 * government), else their static code.
 */
export function entryCode(kb: KnowledgeBase, entry: KbEntry, date: string | null, titleHint: string | null): { actor: ActorCode | null; why: string } {
  if (entry.codes && entry.codes.length > 0) return datedCode(entry, date);
  if (entry.type !== 'PERSON' || !entry.roles) return placeCode(kb, entry, date) ?? { actor: entry.actor, why: 'static' };
  const { role, why } = roleAt(entry.roles, date, titleHint);
  if (role) return { actor: roleCode(kb, role), why };
  const country = entry.roles.map((r) => r.country).find((c) => c !== 'IGO') ?? null;
  return { actor: country ? { code: country, country, sector: null } : null, why: country ? `${why};country` : why };
}

/**
 * A place of a state that became independent, on a day before it did, is coded as the state it was
 * part of then (Juba in 2005 is in Sudan): `partOf` in countries/extra.yaml. The country itself and
 * its demonym keep their own code.
 */
function placeCode(kb: KnowledgeBase, entry: KbEntry, date: string | null): { actor: ActorCode | null; why: string } | null {
  if (!date || !entry.actor || !entry.country || (entry.type !== 'GPE' && entry.type !== 'LOC') || entry.kind === 'country' || entry.kind === 'demonym') return null;
  const then = kb.countries.get(entry.country)?.partOf?.find((p) => date < p.until);
  if (!then) return null;
  const rest = entry.actor.code.startsWith(entry.country) ? entry.actor.code.slice(entry.country.length) : '';
  return { actor: { code: `${then.country}${rest}`, country: then.country, sector: entry.actor.sector }, why: `part-of(${then.country} until ${then.until})` };
}

/** An organisation's code on the date: the dated code whose [from, to) holds it (the latest without a date), else the static one. */
function datedCode(entry: KbEntry, date: string | null): { actor: ActorCode | null; why: string } {
  const codes = entry.codes!;
  const held = date ? codes.find((c) => (!c.from || day(c.from) <= date) && (!c.to || date < day(c.to))) : codes.find((c) => c.to === null) ?? codes.at(-1);
  if (!held) return { actor: entry.actor, why: 'static' };
  return { actor: { code: held.code, country: held.country, sector: held.sector }, why: date ? `code-at-date(${held.from ?? ''})` : 'latest-code(no-date)' };
}

/** A code from a description: country + sector ("Iraqi officials" -> IRQGOV); sector alone without a country. */
export function describedCode(country: string | null, sector: string | null): ActorCode | null {
  if (!country && !sector) return null;
  return { code: `${country ?? ''}${sector ?? ''}`, country, sector };
}
