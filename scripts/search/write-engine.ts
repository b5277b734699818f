/** Writes /search/engine.js: src/search/engine.ts and what it imports, bundled into one ES module. */
import { build } from 'esbuild';

export async function writeEngine(outfile: string): Promise<void> {
  await build({
    entryPoints: ['src/search/engine.ts'],
    outfile,
    bundle: true,
    format: 'esm',
    // Browsers that run Pagefind's own module (Intl.Segmenter, WebAssembly) run this.
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}
