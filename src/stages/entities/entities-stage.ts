import type { Article, Entity } from '../../document/schema.js';
import type { Stage } from '../../pipeline/stage.js';
import { findCandidates } from '../mentions/find-candidates.js';
import { describedCode, entryCode } from './actor-code.js';
import { buildDrafts, toMention, type Draft } from './build-entities.js';
import { applyDescriptors } from './descriptors.js';
import { markMetonyms } from './metonymy.js';
import { articleCountriesOf, selectMentions } from './select-mentions.js';
import type { KnowledgeBase } from '../../kb/compile-kb.js';
import type { WordUnits } from '../mentions/word-units.js';

/**
 * Actors and places: candidates (src/stages/mentions/) -> chosen mentions -> descriptions ->
 * one entity per actor, coded for the article's date; sets article.dateline.place.
 */
export const entitiesStage: Stage<'entities'> = {
  name: 'entities',
  needs: ['tokens', 'sentences'],
  adds: ['entities'],
  run(doc, ctx) {
    const kb = ctx.kb;
    const c = findCandidates(doc, kb);
    const countries = articleCountriesOf(c);
    const datelineEnd = doc.article.dateline?.end ?? 0;
    let mentions = selectMentions(c, countries, datelineEnd);
    markMetonyms(c.units, doc.tokens, mentions);
    mentions = applyDescriptors(c.units, mentions, c.roles);
    const drafts = buildDrafts(c.units, mentions, kb, doc.article.published, countries);
    // in order of first mention (each draft's first token worked out once, not in every comparison)
    const firstTok = new Map(drafts.map((d) => [d, Math.min(...d.mentions.map((x) => x.m.tokStart))]));
    drafts.sort((a, b) => firstTok.get(a)! - firstTok.get(b)!);
    const ids = new Map<Draft, string>();
    drafts.forEach((d, i) => ids.set(d, `e${i + 1}`));
    const datelineCountry = drafts.find((d) => d.entry?.geo && d.mentions.some((x) => c.units.starts[x.m.tokStart]! < datelineEnd))?.entry?.country ?? null;
    const home = datelineCountry ? { country: datelineCountry, how: 'dateline' } : mainCountry(drafts);
    const entities = drafts.map((d) => toEntity(c.units, kb, d, ids, doc.article.published, home));
    const article = withDatelinePlace(doc.article, entities);
    return article === doc.article ? { entities } : { entities, article };
  },
};

function toEntity(u: WordUnits, kb: KnowledgeBase, d: Draft, ids: ReadonlyMap<Draft, string>, date: string | null, home: { country: string; how: string } | null): Entity {
  const desc = d.descriptors[0] ?? null;
  const titleHint = d.descriptors.map((x) => x.title).filter(Boolean).join(' ') || null;
  let actor = null;
  let why = '';
  if (d.entry) {
    const r = entryCode(kb, d.entry, date, titleHint);
    actor = r.actor;
    why = r.why === 'static' ? '' : `;${r.why}`;
    if (!actor && desc) actor = describedCode(desc.country, desc.former ? 'ELI' : desc.sector);
    if (d.metonym && d.entry.country) actor = { code: `${d.entry.country}GOV`, country: d.entry.country, sector: 'GOV' };
  } else if (d.members) {
    actor = null;
  } else if (desc?.actor) {
    actor = desc.actor;
  } else if (desc) {
    // A titled person without a country ("President Hassan Sheikh Mohamud"): the dateline's country
    // (not for a title of international bodies as much as of states: "Secretary General Christopher Lockyear").
    const homeless = d.descriptors.some((x) => x.title !== null && [...kb.noHomeTitles].some((t) => x.title!.endsWith(t)));
    const country = d.descriptors.find((x) => x.country)?.country ?? d.country ?? (d.type === 'PERSON' && !homeless ? home?.country ?? null : null);
    if (country && !d.descriptors.some((x) => x.country) && !d.country) why = `;country:${home?.how}`;
    actor = describedCode(country, desc.former ? 'ELI' : desc.sector ?? d.sector);
  } else if (d.country || d.sector) {
    actor = describedCode(d.country, d.sector);
  }
  const mentions = d.mentions.sort((a, b) => a.m.tokStart - b.m.tokStart).map(({ m, rule }) => toMention(u, m, `${rule}${m.metonym ? ';metonym' : ''}${why}`));
  const longest = mentions.reduce((a, b) => (b.text.length > a.text.length ? b : a), mentions[0]!);
  const entity: Entity = {
    id: ids.get(d)!,
    name: d.entry?.name ?? longest.text,
    type: d.entry?.kind === 'capital' && d.metonym ? 'GPE' : d.type,
    actor,
    kb: d.entry?.id ?? null,
    // a place coded as the state it was part of on the date lies in that state then
    geo: d.entry?.geo && why.includes(';part-of(') && actor?.country ? { ...d.entry.geo, country: actor.country } : d.entry?.geo ?? null,
    mentions,
  };
  if (d.members) entity.members = d.members.map((x) => ids.get(x)!).filter(Boolean);
  return entity;
}

function withDatelinePlace(article: Article, entities: readonly Entity[]): Article {
  const dl = article.dateline;
  if (!dl) return article;
  const inDateline = (e: Entity): number => Math.min(...e.mentions.filter((m) => m.start >= dl.start && m.end <= dl.end).map((m) => m.start));
  const place = entities.filter((e) => e.geo && Number.isFinite(inDateline(e))).sort((a, b) => inDateline(a) - inDateline(b))[0];
  if (!place) return article;
  return { ...article, dateline: { ...dl, place: place.id } };
}

/**
 * The country an article is mostly about, for titled people it gives no country ("Lieutenant General
 * Ahmed Sharif Chaudhry" in a story about Pakistan): the country named most often, when it is named
 * at least twice as often as any other (a capital names its country: "curfew in Algiers"). A country
 * only described ("Chilean government officials", "Kenyan police") counts half as much as one named:
 * a short story may name none.
 */
const NAMES_COUNTRY = new Set(['country', 'capital']);

function mainCountry(drafts: readonly Draft[]): { country: string; how: string } | null {
  const counts = new Map<string, number>();
  for (const d of drafts) {
    // a country is named by its name or its capital ("Algiers")
    const named = d.entry?.country && NAMES_COUNTRY.has(d.entry.kind);
    const c = d.entry ? (named || d.entry.kind === 'demonym' || d.entry.kind === 'gov-body' ? d.entry.country : null) : d.key.startsWith('desc:') ? d.country : null;
    if (!c) continue;
    counts.set(c, (counts.get(c) ?? 0) + d.mentions.length * (named ? 2 : 1));
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 * (second?.[1] ?? 0) ? { country: first[0], how: 'article' } : null;
}
