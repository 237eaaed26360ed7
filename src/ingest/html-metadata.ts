import type { ArticleMeta } from './ingest-types.js';

type Doc = { querySelector(s: string): Element | null; querySelectorAll(s: string): ArrayLike<Element> };
type Element = { getAttribute(n: string): string | null; textContent: string | null };

const DATE_METAS = [
  'article:published_time', 'og:article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate',
  'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published',
];
const AUTHOR_METAS = ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author'];
const TITLE_METAS = ['og:title', 'twitter:title', 'headline', 'dc.title'];
const SOURCE_METAS = ['og:site_name', 'application-name', 'publisher'];

function meta(doc: Doc, names: string[]): string | null {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`)
      ?? doc.querySelector(`meta[name="${name.toLowerCase()}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** Objects in JSON-LD blocks, flattened through @graph and arrays; bad JSON is ignored. */
function jsonLdObjects(doc: Doc): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as Record<string, unknown>);
      const graph = (v as Record<string, unknown>)['@graph'];
      if (graph) visit(graph);
    }
  };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i]!.textContent ?? ''));
    } catch {
      /* a broken JSON-LD block is not an error for the article */
    }
  }
  return out;
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(', ') || null;
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return (v as { name: string }).name;
  return null;
}

/** Title, author, publication date, source and canonical URL from meta tags, JSON-LD and <time>. */
export function htmlMetadata(doc: Doc): ArticleMeta {
  const ld = jsonLdObjects(doc).find((o) => typeof o.datePublished === 'string' || typeof o.headline === 'string');
  const time = doc.querySelector('article time[datetime], time[pubdate], time[datetime]')?.getAttribute('datetime') ?? null;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, ['og:url']);
  return {
    title: (typeof ld?.headline === 'string' ? ld.headline : null) ?? meta(doc, TITLE_METAS) ?? doc.querySelector('title')?.textContent?.trim() ?? null,
    published: (typeof ld?.datePublished === 'string' ? ld.datePublished : null) ?? meta(doc, DATE_METAS) ?? time,
    author: nameOf(ld?.author) ?? meta(doc, AUTHOR_METAS),
    source: nameOf(ld?.publisher) ?? meta(doc, SOURCE_METAS),
    url: canonical ?? null,
  };
}
