import { describe, expect, test } from 'vitest';
import { buildWorkDir, cacheDir, checkSiteUrl, pagesMode, PREVIEW_SITE, siteUrl } from '../../src/lib/build-env.ts';

test('each content folder builds with its own Astro cache, so two builds side by side never share one', () => {
  const a = cacheDir({ PLANPRESS_CONTENT_DIR: '/tmp/build-a/content' });
  const b = cacheDir({ PLANPRESS_CONTENT_DIR: '/tmp/build-b/content' });
  expect(a).not.toBe(b);
  expect(a).toBe(cacheDir({ PLANPRESS_CONTENT_DIR: '/tmp/build-a/content' }));
  expect(cacheDir({})).toBe('node_modules/.astro');
  expect(cacheDir({ PLANPRESS_CONTENT_DIR: '/tmp/build-b/content', PLANPRESS_CACHE_DIR: '/tmp/cache' })).toBe('/tmp/cache');
});

describe('checkSiteUrl', () => {
  test('a build for deployment without PLANPRESS_SITE fails, saying what to set', () => {
    expect(() => checkSiteUrl({})).toThrow(/PLANPRESS_SITE is not set.*PLANPRESS_SITE=https:\/\/… npm run build/su);
  });

  test('a preview says so and goes on, pointing at the stand-in origin', () => {
    expect(checkSiteUrl({ PLANPRESS_PREVIEW: '1' })).toMatch(/preview build/u);
    expect(siteUrl({})).toBe(PREVIEW_SITE);
  });

  test('a deployment with its origin is silent', () => {
    expect(checkSiteUrl({ PLANPRESS_SITE: 'https://plans.example.cn' })).toBeNull();
    expect(siteUrl({ PLANPRESS_SITE: 'https://plans.example.cn' })).toBe('https://plans.example.cn');
  });
});

describe('pagesMode', () => {
  test('renders every page unless a sharded build asks for a shard or the hub', () => {
    expect(pagesMode({})).toBe('all');
    expect(pagesMode({ PLANPRESS_PAGES: 'plans' })).toBe('plans');
    expect(pagesMode({ PLANPRESS_PAGES: 'hub' })).toBe('hub');
  });

  test('refuses a mode it does not know rather than building the wrong pages', () => {
    expect(() => pagesMode({ PLANPRESS_PAGES: 'shard' })).toThrow(/PLANPRESS_PAGES must be all, plans or hub \(got "shard"\)/u);
  });
});

test('the sharded build keeps its steps beside the Astro cache of its content folder', () => {
  expect(buildWorkDir({})).toBe('node_modules/.astro/planpress-build');
  expect(buildWorkDir({ PLANPRESS_CACHE_DIR: '/tmp/cache' })).toBe('/tmp/cache/planpress-build');
  expect(buildWorkDir({ PLANPRESS_BUILD_DIR: '/tmp/work' })).toBe('/tmp/work');
});
