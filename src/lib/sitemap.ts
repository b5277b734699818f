/** `sitemap.xml` (sitemaps.org protocol) and `robots.txt` for search engines. */

/** The sitemap protocol allows 50,000 URLs in one file; a bigger site needs a sitemap index. */
export const SITEMAP_MAX_URLS = 50_000;

/** A sitemap of absolute URLs, in the order given. */
export function sitemapXml(urls: readonly string[]): string {
  if (urls.length > SITEMAP_MAX_URLS) {
    throw new Error(
      `The sitemap has ${urls.length} URLs; the protocol allows ${SITEMAP_MAX_URLS} per file: split it with a sitemap index.`,
    );
  }
  const entries = urls.map((url) => `<url><loc>${escapeXml(url)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
}

/** A sitemap index: the absolute URLs of the sitemaps it lists, in the order given. */
export function sitemapIndexXml(sitemapUrls: readonly string[]): string {
  if (sitemapUrls.length > SITEMAP_MAX_URLS) {
    throw new Error(`The sitemap index lists ${sitemapUrls.length} sitemaps; the protocol allows ${SITEMAP_MAX_URLS} per file.`);
  }
  const entries = sitemapUrls.map((url) => `<sitemap><loc>${escapeXml(url)}</loc></sitemap>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</sitemapindex>\n`;
}

/** Everything may be crawled; the sitemap says where the pages are. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
