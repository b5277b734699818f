/**
 * One share control for every citable place on a page: each element with `data-cite` (a section,
 * numbered paragraph, table, column, the chapter or the cover; it holds the place's locator, and
 * an ancestor's `data-plan-title` the plan's title) gets one "分享" button. Its menu (copy link,
 * copy citation, system share, the QR code) is a module of its own, loaded on the first press,
 * so a page carries only the buttons until a reader shares.
 */
import { toastRegion } from './toast.ts';

const MENU_ID = 'share-menu';

export function addShareControls(): void {
  const targets = document.querySelectorAll<HTMLElement>('[data-cite]');
  if (targets.length === 0) return;
  toastRegion();
  for (const target of targets) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'share-button';
    button.textContent = '分享';
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', MENU_ID);
    const describedBy = nameOf(target);
    if (describedBy) button.setAttribute('aria-describedby', describedBy);
    button.addEventListener('click', () => void import('./share-menu.ts').then((menu) => menu.toggleShareMenu(button, target)));
    toolsOf(target).append(button);
  }
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
