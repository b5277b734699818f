/**
 * Two `astro build`s in one checkout take turns. Astro writes the build in progress into the
 * project's `.astro/` whatever the content folder (only its cache moves, `cacheDir`), so a second
 * build of other content at the same time would read the first one's modules.
 */
import type { AstroIntegration } from 'astro';
import { acquireLock } from '../lib/lock.ts';

export function buildLock(path = '.astro/build.lock'): AstroIntegration {
  let release: (() => void) | null = null;
  const releaseOnce = () => {
    release?.();
    release = null;
  };
  return {
    name: 'planpress-build-lock',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        logger.info(`waiting for ${path} if another build holds it`);
        release = acquireLock(path);
        process.once('exit', releaseOnce);
      },
      'astro:build:done': () => releaseOnce(),
    },
  };
}
