/** Fetches the corpus's frequent characters once and installs them into probe-query.ts; without the list, a probe takes the query's first pair. */
import { setFrequentCharacters } from './probe-query.ts';

let loaded: Promise<void> | undefined;

export function loadFrequent(url: URL): Promise<void> {
  loaded ??= fetch(url)
    .then((response) => (response.ok ? response.text() : ''))
    .then(setFrequentCharacters, () => undefined);
  return loaded;
}
