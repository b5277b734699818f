/**
 * The share menu, loaded on the first press of a "分享" button (share-controls.ts): one menu for
 * every button, moved beside the one pressed. "复制链接", "复制引用", "系统分享" where the browser has
 * the Web Share API, and the page's QR code (`qr.png` beside the page, drawn at build time).
 */
import { citation, citationWithUrl } from '../../lib/citation.ts';
import { copyText } from './copy-text.ts';
import { showManualCopy, showToast } from './toast.ts';

interface Place {
  url: string;
  cite: string;
}

export const MENU_ID = 'share-menu';

let menu: ReturnType<typeof shareMenu> | undefined;

/** Opens the menu for the place `target` beside its `button`, or closes it if open there. */
export function toggleShareMenu(button: HTMLButtonElement, target: HTMLElement): void {
  menu ??= shareMenu();
  if (button.getAttribute('aria-expanded') === 'true') return menu.close();
  const base = (document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? location.href).split('#')[0] ?? '';
  const anchor = target.dataset.anchor ?? target.id;
  const url = anchor ? `${base}#${anchor}` : base;
  const planTitle = target.closest<HTMLElement>('[data-plan-title]')?.dataset.planTitle;
  const cite = planTitle ? citation(planTitle, target.dataset.cite ?? '') : (target.dataset.cite ?? '');
  menu.open(button, { url, cite });
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
