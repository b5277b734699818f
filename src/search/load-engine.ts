/** The site's own pages use the engine the way an embedding page would: from its public URL. */
import type * as Engine from './engine.ts';
import { ENGINE_PATH } from './search-paths.ts';

export { NO_ENGINE_MESSAGE } from './search-paths.ts';

let engine: Promise<typeof Engine> | undefined;

export function loadEngine(): Promise<typeof Engine> {
  // A variable, so the bundler leaves the import to the browser: engine.js is written after the site is built.
  const url: string = ENGINE_PATH;
  engine ??= import(/* @vite-ignore */ url) as Promise<typeof Engine>;
  return engine;
}
