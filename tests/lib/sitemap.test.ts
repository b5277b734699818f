import { expect, test } from 'vitest';
import { robotsTxt, SITEMAP_MAX_URLS, sitemapXml } from '../../src/lib/sitemap.ts';

test('sitemapXml lists each URL once, escaped, in a urlset', () => {
  const xml = sitemapXml(['https://planpress.example.org/', 'https://planpress.example.org/plans/zhangye-2026-2030/?a=1&b=2']);
  expect(xml).toBe(
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
      '<url><loc>https://planpress.example.org/</loc></url>\n' +
      '<url><loc>https://planpress.example.org/plans/zhangye-2026-2030/?a=1&amp;b=2</loc></url>\n</urlset>\n',
  );
});

test('sitemapXml refuses more URLs than the protocol allows in one file', () => {
  expect(() => sitemapXml(Array.from({ length: SITEMAP_MAX_URLS + 1 }, (_, i) => `https://planpress.example.org/${i}/`))).toThrow(
    /50000 per file/,
  );
});

test('robotsTxt allows everything and names the sitemap', () => {
  expect(robotsTxt('https://planpress.example.org/sitemap.xml')).toBe(
    'User-agent: *\nAllow: /\n\nSitemap: https://planpress.example.org/sitemap.xml\n',
  );
});
