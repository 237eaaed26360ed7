import './styles.css';
import { ApiError } from './api.js';
import { clear, h } from './dom.js';
import { eventsView } from './views/events-view.js';
import { mapView } from './views/map-view.js';
import { networkView } from './views/network-view.js';
import { pasteView } from './views/paste-view.js';
import { articlesView, readerView } from './views/reader-view.js';
import { timelineView } from './views/timeline-view.js';

type View = (params: URLSearchParams, arg: string) => Promise<HTMLElement> | HTMLElement;

const ROUTES: Record<string, { label: string; view: View; nav: boolean }> = {
  articles: { label: 'Articles', view: (p) => articlesView(p), nav: true },
  reader: { label: 'Reader', view: (p, id) => readerView(p, id), nav: false },
  events: { label: 'Events', view: (p) => eventsView(p), nav: true },
  timeline: { label: 'Timeline', view: (p) => timelineView(p), nav: true },
  network: { label: 'Network', view: () => networkView(), nav: true },
  map: { label: 'Map', view: (p) => mapView(p), nav: true },
  paste: { label: 'Annotate', view: () => pasteView(), nav: true },
};

const main = h('main', { id: 'main' });
const nav = h('nav', { class: 'top-nav' }, ...Object.entries(ROUTES).filter(([, r]) => r.nav).map(([name, r]) => h('a', { href: `#/${name}`, 'data-route': name }, r.label)));
document.body.append(h('header', { class: 'top' }, h('a', { href: '#/articles', class: 'brand' }, 'readout'), nav), main);

/** #/name/arg?query */
function parseHash(): { name: string; arg: string; params: URLSearchParams } {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path = '', qs = ''] = raw.split('?');
  const [name = 'articles', ...rest] = path.split('/');
  return { name: ROUTES[name] ? name : 'articles', arg: decodeURIComponent(rest.join('/')), params: new URLSearchParams(qs) };
}

let generation = 0;
async function render(): Promise<void> {
  const { name, arg, params } = parseHash();
  const mine = ++generation;
  nav.querySelectorAll('a').forEach((a) => a.classList.toggle('active', a.dataset.route === name || (name === 'reader' && a.dataset.route === 'articles')));
  document.title = `readout · ${ROUTES[name]!.label}`;
  main.setAttribute('aria-busy', 'true');
  let view: HTMLElement;
  try {
    view = await ROUTES[name]!.view(params, arg);
  } catch (e) {
    const msg = e instanceof ApiError ? `${e.code}: ${e.message}` : (e as Error).message;
    view = h('div', { class: 'view' }, h('p', { class: 'error', 'data-testid': 'error' }, msg));
  }
  if (mine !== generation) return;
  clear(main);
  main.append(view);
  main.dataset.view = name;
  main.setAttribute('aria-busy', 'false');
}

window.addEventListener('hashchange', () => void render());
void render();
