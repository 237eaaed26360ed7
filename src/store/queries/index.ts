/** The store's query layer: typed functions over an open database, shared by the CLI and the HTTP API. */
export { resolveActors } from './resolve-actors.js';
export { eventWhere, type EventFilter } from './event-filter.js';
export { EVENT_SELECT, toEventRow, findEvents, countEvents, iterateEvents, eventMentions, iterateMentions, type EventRow, type MentionRow, type ActorRef, type Page } from './events.js';
export { dyad, type DyadRow, type DyadOptions, type Period } from './dyad.js';
export { timeline, type TimelineRow } from './timeline.js';
export { listActors, type ActorRow, type ActorQuery } from './actors.js';
export { listQuotes, type QuoteRow, type QuoteQuery } from './quotes.js';
export { listArticles, getArticle, iterateArticleTexts, type ArticleRow } from './articles.js';
export { listErrors, type ErrorRow } from './errors.js';
export { storeSummary, type StoreSummary } from './store-summary.js';
