// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { buildLock } from './src/integrations/build-lock.ts';
import { cacheDir, checkSiteUrl, outDir, siteUrl } from './src/lib/build-env.ts';

// Only `astro build` publishes; the dev server is always a preview.
const siteWarning = process.argv.includes('build') ? checkSiteUrl() : null;
if (siteWarning) console.warn(`\n⚠ ${siteWarning}\n`);
// The search index is written after `astro build` (scripts/search/build-index.ts): the dev server has none.
if (process.argv.includes('dev'))
  console.warn('\n⚠ Search needs a build: the dev server has no search index. Run `npm start` (build and serve) to search.\n');

export default defineConfig({
  // The one place the deployed origin is set (PLANPRESS_SITE): canonical URLs, Open Graph, QR codes, sitemap.
  site: siteUrl(),
  outDir: outDir(),
  cacheDir: cacheDir(),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One stylesheet for every page, fetched once and cached, rather than a copy inlined in each page.
    inlineStylesheets: 'never',
  },
  // Plan text must reach the page exactly as printed: no curly quotes or dashes made from ASCII
  // ones, and no GFM syntax (`3~5岁` is not strikethrough) beyond what the ingest's serialiser escapes.
  // buildLock: two builds in one checkout share `.astro/`, so they take turns.
  integrations: [mdx({ gfm: false, smartypants: false }), buildLock()],
  devToolbar: { enabled: false },
  // The enhancement script too is one shared, cached file rather than inlined into every page.
  vite: {
    build: {
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        // Astro marks every MDX module "use astro:head-inject", a directive for its own compiler that the
        // bundler reports it cannot keep: one boxed warning per chapter, about nothing a reader sees.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
