/**
 * Writes the search's browser modules to their stable URLs, each one bundled ES module:
 * /search/engine.js (the public engine), and the header box's enhancement, the landing
 * highlight and the search page, which every page's small loader imports only when needed.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { QuickIndexShape } from '../../src/search/quick-index.ts';
import { ENGINE_PATH, HEADER_BOX_PATH, LANDING_HIGHLIGHT_PATH, SEARCH_PAGE_PATH } from '../../src/search/search-paths.ts';

const MODULES: readonly [source: string, urlPath: string][] = [
  ['src/search/engine.ts', ENGINE_PATH],
  ['src/search/header-box.ts', HEADER_BOX_PATH],
  ['src/search/landing-highlight.ts', LANDING_HIGHLIGHT_PATH],
  ['src/search/search-page.ts', SEARCH_PAGE_PATH],
];

/** `quick` is the shape of the site's first-page index, which the engine is built knowing, to save a request. */
export async function writeBrowserModules(siteDir: string, quick: QuickIndexShape): Promise<void> {
  await build({
    // Sources found from this file, so that a build or a merge run from any folder finds them.
    entryPoints: MODULES.map(([source, urlPath]) => ({
      in: fileURLToPath(new URL(`../../${source}`, import.meta.url)),
      out: urlPath.replace(/^\//, '').replace(/\.js$/, ''),
    })),
    outdir: siteDir,
    bundle: true,
    format: 'esm',
    // Browsers that run Pagefind's own module (Intl.Segmenter, WebAssembly) run these.
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    define: { __QUICK_INDEX__: JSON.stringify(quick) },
  });
}
