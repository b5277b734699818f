/** The search UI's stylesheet, added to the page once, when the UI first appears: pages that never search never fetch it. */
import { STYLES_PATH } from './search-paths.ts';

export function loadSearchStyles(): void {
  if (document.querySelector(`link[href="${STYLES_PATH}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = STYLES_PATH;
  document.head.append(link);
}
