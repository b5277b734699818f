/**
 * Draws a link preview card to PNG at build time and without network. Its text is drawn as glyph
 * outlines (`glyph-outlines.ts`), so resvg reads no font; a line with a character the CJK face
 * lacks stays text, and resvg is then given the CJK fonts (or the system's, when the machine has
 * none, after a warning) to find one. Images are kept in Astro's cache folder by the digest of
 * their SVG and renderer: a rebuild draws only what changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { cacheDir } from './build-env.ts';
import { cjkFontFiles } from './cjk-fonts.ts';
import { outlinedRun } from './glyph-outlines.ts';
import { ogCardSvg, textElement, type OgCard } from './og-card.ts';

/** Bumped when the renderer's options or the way text is drawn change. */
const RENDER_FORMAT = 2;

/** The card as SVG whose text is outlines wherever the CJK face has every character of a line. */
export function ogCardOutlinedSvg(card: OgCard): string {
  return ogCardSvg(card, (run) => outlinedRun(run) ?? textElement(run));
}

export function ogCardPng(card: OgCard, cache: string | null = join(cacheDir(), 'planpress-og')): Buffer {
  return svgToPng(ogCardOutlinedSvg(card), cache);
}

export function svgToPng(svg: string, cache: string | null = join(cacheDir(), 'planpress-og')): Buffer {
  const fontFiles = svg.includes('<text') ? cjkFontFiles() : [];
  if (cache === null) return render(svg, fontFiles);
  const key = createHash('sha256')
    .update(`${RENDER_FORMAT}\0${svg}\0`)
    .update(fontFiles.map((file) => `${file}:${statSync(file).size}`).join('\0'))
    .digest('hex');
  const file = join(cache, `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = render(svg, fontFiles);
  mkdirSync(cache, { recursive: true });
  writeFileSync(file, png);
  return png;
}

function render(svg: string, fontFiles: string[]): Buffer {
  const hasText = svg.includes('<text');
  const resvg = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: hasText && fontFiles.length === 0, defaultFontFamily: 'Noto Sans CJK SC' },
  });
  return resvg.render().asPng();
}
