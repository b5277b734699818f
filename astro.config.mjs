// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { cacheDir, outDir, siteUrl } from './src/lib/build-env.ts';

export default defineConfig({
  site: siteUrl(),
  outDir: outDir(),
  cacheDir: cacheDir(),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Plan text must reach the page exactly as printed: no curly quotes or dashes made from ASCII
  // ones, and no GFM syntax (`3~5岁` is not strikethrough) beyond what the ingest's serialiser escapes.
  integrations: [mdx({ gfm: false, smartypants: false })],
  devToolbar: { enabled: false },
});
