import { expect, test } from 'vitest';
import { cacheDir } from '../../src/lib/build-env.ts';

test('each content folder builds with its own Astro cache, so two builds side by side never share one', () => {
  const a = cacheDir({ PLANPRESS_CONTENT_DIR: '/tmp/build-a/content' });
  const b = cacheDir({ PLANPRESS_CONTENT_DIR: '/tmp/build-b/content' });
  expect(a).not.toBe(b);
  expect(a).toBe(cacheDir({ PLANPRESS_CONTENT_DIR: '/tmp/build-a/content' }));
  expect(cacheDir({})).toBe('node_modules/.astro');
  expect(cacheDir({ PLANPRESS_CONTENT_DIR: '/tmp/build-b/content', PLANPRESS_CACHE_DIR: '/tmp/cache' })).toBe('/tmp/cache');
});
