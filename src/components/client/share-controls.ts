/**
 * Copy and share controls for every citable place on a page: each element with `data-cite` (a
 * section, numbered paragraph, table, column, or the chapter itself; it holds the place's
 * locator, and an ancestor's `data-plan-title` the plan's title) gets "复制链接" (its absolute
 * URL with its anchor), "复制引用" (its citation and URL) and, where the browser has the Web
 * Share API, "分享". Links use the page's canonical URL, so a copy made anywhere points to the site.
 */
import { citation, citationWithUrl } from '../../lib/citation.ts';
import { copyText } from './copy-text.ts';
import { showManualCopy, showToast, toastRegion } from './toast.ts';

export function addShareControls(): void {
  const targets = document.querySelectorAll<HTMLElement>('[data-cite]');
  if (targets.length === 0) return;
  toastRegion();
  const base = (document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? location.href).split('#')[0] ?? '';
  for (const target of targets) {
    const anchor = target.dataset.anchor ?? target.id;
    const url = anchor ? `${base}#${anchor}` : base;
    const planTitle = target.closest<HTMLElement>('[data-plan-title]')?.dataset.planTitle;
    const cite = planTitle ? citation(planTitle, target.dataset.cite ?? '') : (target.dataset.cite ?? '');
    const tools = toolsOf(target);
    const describedBy = nameOf(target);
    const controls = [
      control('复制链接', () => copy(url, '已复制链接')),
      control('复制引用', () => copy(citationWithUrl(cite, url), '已复制引用')),
    ];
    if (typeof navigator.share === 'function') {
      controls.push(control('分享', () => navigator.share({ title: document.title, text: cite, url }).catch(() => undefined)));
    }
    for (const button of controls) {
      if (describedBy) button.setAttribute('aria-describedby', describedBy);
      tools.append(button);
    }
  }
}

async function copy(text: string, done: string): Promise<void> {
  if (await copyText(text)) showToast(done);
  else showManualCopy(text);
}

function control(label: string, act: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.addEventListener('click', act);
  return button;
}

/** Where a place's controls go: its own `.tools` row, else under its heading, else at the end of a paragraph's text. */
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
