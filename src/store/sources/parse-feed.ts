import { XMLParser } from 'fast-xml-parser';
import { ReadoutError } from '../../errors/readout-error.js';

/** One item of an RSS 2.0 or Atom feed. */
export interface FeedItem {
  id: string | null;
  title: string | null;
  link: string | null;
  published: string | null;
  author: string | null;
  /** Full content (content:encoded, Atom content) or the summary/description, as HTML or text. */
  content: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

const parser = new XMLParser({
  ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', processEntities: true,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
});

/** True when the text looks like an RSS or Atom document. */
export function looksLikeFeed(content: string): boolean {
  const head = content.trimStart().slice(0, 1024);
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(head);
}

const text = (v: unknown): string | null => {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  if (typeof v === 'object' && '#text' in (v as object)) return text((v as Record<string, unknown>)['#text']);
  return null;
};

/** Items of an RSS 2.0 or Atom feed, in document order. */
export function parseFeed(content: string, input: string): Feed {
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(content, true) as Record<string, unknown>;
  } catch (e) {
    throw new ReadoutError('FEED_PARSE', `not well-formed XML: ${(e as Error).message.split('\n')[0]}`, { input }, { cause: e });
  }
  const rss = doc.rss as Record<string, unknown> | undefined;
  if (rss?.channel) {
    const ch = rss.channel as Record<string, unknown>;
    const items = (ch.item as Record<string, unknown>[] | undefined) ?? [];
    return {
      title: text(ch.title),
      items: items.map((it) => ({
        id: text(it.guid), title: text(it.title), link: text((it.link as unknown[] | undefined)?.[0]),
        published: text(it.pubDate) ?? text(it['dc:date']), author: text(it.author) ?? text(it['dc:creator']),
        content: text(it['content:encoded']) ?? text(it.description),
      })),
    };
  }
  const feed = doc.feed as Record<string, unknown> | undefined;
  if (feed) {
    const entries = (feed.entry as Record<string, unknown>[] | undefined) ?? [];
    return {
      title: text(feed.title),
      items: entries.map((en) => {
        const links = (en.link as Record<string, unknown>[] | undefined) ?? [];
        const alt = links.find((l) => (l['@rel'] ?? 'alternate') === 'alternate') ?? links[0];
        return {
          id: text(en.id), title: text(en.title), link: alt ? text(alt['@href']) : null,
          published: text(en.published) ?? text(en.updated), author: text((en.author as Record<string, unknown> | undefined)?.name),
          content: text(en.content) ?? text(en.summary),
        };
      }),
    };
  }
  throw new ReadoutError('FEED_PARSE', 'neither an RSS 2.0 <rss><channel> nor an Atom <feed>', { input });
}
