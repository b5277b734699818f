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

/** Everything may be crawled; the sitemap says where the pages are. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
