/**
 * One share control for every citable place on a page: each element with `data-cite` (a section,
 * numbered paragraph, table, column, the chapter or the cover; it holds the place's locator, and
 * an ancestor's `data-plan-title` the plan's title) gets one "分享" button that opens a small menu:
 * "复制链接" (its absolute URL with its anchor), "复制引用" (its citation and URL), "系统分享"
 * where the browser has the Web Share API, and the page's QR code as an image (`qr.png`, drawn at
 * build time), which WeChat recognises on a long press. Links use the page's canonical URL, so a
 * copy made anywhere points to the site. One menu serves every button: it moves to the one pressed.
 */
import { citation, citationWithUrl } from '../../lib/citation.ts';
import { copyText } from './copy-text.ts';
import { showManualCopy, showToast, toastRegion } from './toast.ts';

interface Place {
  url: string;
  cite: string;
}

const MENU_ID = 'share-menu';

export function addShareControls(): void {
  const targets = document.querySelectorAll<HTMLElement>('[data-cite]');
  if (targets.length === 0) return;
  toastRegion();
  const base = (document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? location.href).split('#')[0] ?? '';
  const menu = shareMenu();
  for (const target of targets) {
    const anchor = target.dataset.anchor ?? target.id;
    const url = anchor ? `${base}#${anchor}` : base;
    const planTitle = target.closest<HTMLElement>('[data-plan-title]')?.dataset.planTitle;
    const cite = planTitle ? citation(planTitle, target.dataset.cite ?? '') : (target.dataset.cite ?? '');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'share-button';
    button.textContent = '分享';
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', MENU_ID);
    const describedBy = nameOf(target);
    if (describedBy) button.setAttribute('aria-describedby', describedBy);
    button.addEventListener('click', () => (button.getAttribute('aria-expanded') === 'true' ? menu.close() : menu.open(button, { url, cite })));
    toolsOf(target).append(button);
  }
}

/** The one menu: built once, hidden until a button opens it beside itself. */
function shareMenu(): { open: (button: HTMLButtonElement, place: Place) => void; close: () => void } {
  const element = document.createElement('div');
  element.id = MENU_ID;
  element.className = 'share-menu';
  element.hidden = true;
  let place: Place = { url: '', cite: '' };
  let opener: HTMLButtonElement | null = null;
  const item = (label: string, act: () => void) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.addEventListener('click', act);
    element.append(button);
  };
  item('复制链接', () => void copy(place.url, '已复制链接'));
  item('复制引用', () => void copy(citationWithUrl(place.cite, place.url), '已复制引用'));
  if (typeof navigator.share === 'function') {
    item('系统分享', () => void navigator.share({ title: document.title, text: place.cite, url: place.url }).catch(() => undefined));
  }
  const figure = document.createElement('figure');
  const qr = document.createElement('img');
  qr.className = 'qr';
  qr.alt = '本页网址的二维码';
  qr.loading = 'lazy';
  const caption = document.createElement('figcaption');
  caption.textContent = '长按识别或扫码打开本页';
  figure.append(qr, caption);
  element.append(figure);

  const close = (refocus = false) => {
    if (!opener) return;
    element.hidden = true;
    opener.setAttribute('aria-expanded', 'false');
    if (refocus) opener.focus();
    opener = null;
  };
  const open = (button: HTMLButtonElement, at: Place) => {
    close();
    place = at;
    opener = button;
    // The page's QR code, beside the page: /plans/<id>/<n>/qr.png.
    qr.src ||= new URL('qr.png', location.href.split('#')[0]).href;
    button.after(element);
    element.style.left = '';
    element.hidden = false;
    // Kept inside the screen when the button sits near its right edge.
    const overflow = element.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
    if (overflow > 0) element.style.left = `${-overflow}px`;
    button.setAttribute('aria-expanded', 'true');
  };
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close(true);
  });
  document.addEventListener('click', (event) => {
    const clicked = event.target as Node;
    if (opener && !element.contains(clicked) && !opener.contains(clicked)) close();
  });
  return { open, close: () => close() };
}

async function copy(text: string, done: string): Promise<void> {
  if (await copyText(text)) showToast(done);
  else showManualCopy(text);
}

/** Where a place's control goes: its own `.tools` row, else under its heading, else at the end of a paragraph's text. */
function toolsOf(target: HTMLElement): HTMLElement {
  const own = target.querySelector<HTMLElement>(':scope > .tools');
  if (own) return own;
  // A paragraph is a bare <div> around MDX's <p>s.
  const lastParagraph = target.tagName === 'DIV' ? target.querySelector('p:last-of-type') : null;
  const tools = document.createElement(lastParagraph ? 'span' : 'div');
  tools.className = 'tools';
  const heading = target.firstElementChild;
  if (lastParagraph) lastParagraph.append(tools);
  else if (target.tagName === 'ASIDE' || !heading || !/^H[2-6]$/.test(heading.tagName)) target.append(tools);
  else heading.after(tools);
  return tools;
}

/** Many controls share a name; each is described by the heading or caption of its place (given an id if it has none). */
function nameOf(target: HTMLElement): string | null {
  const labelledBy = target.getAttribute('aria-labelledby') ?? target.querySelector('[aria-labelledby]')?.getAttribute('aria-labelledby');
  if (labelledBy) return labelledBy;
  const heading = target.querySelector<HTMLElement>(':scope > h2, :scope > h3');
  if (!heading || !target.id) return null;
  heading.id ||= `${target.id}-title`;
  return heading.id;
}
