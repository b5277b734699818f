/**
 * Where the reader is: the contents entry of the section at the top of the screen is marked
 * `aria-current="location"` as the page scrolls (IntersectionObserver, no scroll handler). On a
 * phone, the slim bar's "本页内容" opens the contents it jumps to.
 */
export function markCurrentSection(): void {
  const contents = document.querySelector<HTMLDetailsElement>('details.on-page');
  if (!contents) return;
  document.querySelector('.page-bar-contents')?.addEventListener('click', () => {
    contents.open = true;
  });
  const links = new Map<Element, HTMLAnchorElement>();
  for (const link of contents.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (target?.tagName === 'SECTION') links.set(target, link);
  }
  if (links.size === 0 || typeof IntersectionObserver !== 'function') return;
  const visible = new Set<Element>();
  let current: HTMLAnchorElement | null = null;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) visible.add(entry.target);
        else visible.delete(entry.target);
      }
      // The innermost, last section among those crossing the reading line.
      const top = [...links.keys()].filter((section) => visible.has(section)).at(-1);
      const link = top ? links.get(top)! : null;
      if (!link || link === current) return;
      current?.removeAttribute('aria-current');
      link.setAttribute('aria-current', 'location');
      current = link;
    },
    // A line a fifth of the way down the screen: the section crossing it is the one being read.
    { rootMargin: '-20% 0px -79% 0px' },
  );
  for (const section of links.keys()) observer.observe(section);
}
