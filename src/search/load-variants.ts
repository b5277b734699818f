/** Fetches the site's variant table once and installs it into fold.ts; a site without one folds no variants. */
import { setVariants } from './fold.ts';

let loaded: Promise<void> | undefined;

export function loadVariants(url: URL): Promise<void> {
  loaded ??= fetch(url)
    .then((response) => (response.ok ? response.text() : ''))
    .then(setVariants, () => undefined);
  return loaded;
}
