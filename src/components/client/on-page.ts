/**
 * The "on this page" contents: open beside the text on a wide screen, closed above it on a phone,
 * where following one of its links closes it again so the section is in view.
 */
const WIDE = '(min-width: 64rem)';

export function toggleOnPage(): void {
  const details = document.querySelector<HTMLDetailsElement>('details.on-page');
  if (!details) return;
  const wide = matchMedia(WIDE);
  const sync = () => {
    details.open = wide.matches;
  };
  sync();
  wide.addEventListener('change', sync);
  details.addEventListener('click', (event) => {
    if (!wide.matches && (event.target as Element).closest('a')) details.open = false;
  });
}
