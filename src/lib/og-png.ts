/**
 * Draws a link preview card to PNG at build time and without network. Its text is drawn as glyph
 * outlines (`glyph-outlines.ts`), so resvg reads no font; a line with a character the CJK face
 * lacks stays text, and resvg is then given the CJK fonts (or the system's, when the machine has
 * none, after a warning) to find one. Images are kept in Astro's cache folder by the digest of
 * their SVG and renderer: a rebuild draws only what changed.
 *
 * A plan's cards differ only in the rows of their chapter lines (`ogChapterRows`): its cover's card
 * is drawn once, as palette indices (./png-encode.ts), and each chapter's card draws just its
 * chapter's rows into a copy of it, a tenth to a fifth of the pixels. Drawing the whole card again gives the
 * same pixels (tests/lib/og-png.test.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { cacheDir } from './build-env.ts';
import { cjkFontFiles } from './cjk-fonts.ts';
import { outlinedRun } from './glyph-outlines.ts';
import { OG_HEIGHT, OG_WIDTH, ogCardSvg, ogChapterRows, textElement, type CardRows, type OgCard } from './og-card.ts';
import { Palette, palettePng } from './png-encode.ts';

/** Bumped when the renderer's options, the way text is drawn or the file's encoding change. */
const RENDER_FORMAT = 3;

/** The card as SVG whose text is outlines wherever the CJK face has every character of a line; only `rows` of it when given. */
export function ogCardOutlinedSvg(card: OgCard, rows?: CardRows): string {
  return ogCardSvg(card, (run) => outlinedRun(run) ?? textElement(run), rows);
}

export function ogCardPng(card: OgCard, cache: string | null = join(cacheDir(), 'planpress-og')): Buffer {
  const svg = ogCardOutlinedSvg(card);
  return cached(svg, cache, () => drawnOnCover(card) ?? render(svg));
}

/** Any card as SVG to PNG, drawn whole by resvg (and not kept: the cache holds the cards as ogCardPng draws them). */
export function svgToPng(svg: string): Buffer {
  return render(svg);
}

function cached(svg: string, cache: string | null, draw: () => Buffer): Buffer {
  if (cache === null) return draw();
  const key = createHash('sha256')
    .update(`${RENDER_FORMAT}\0${svg}\0`)
    .update(
      fontFilesFor(svg)
        .map((file) => `${file}:${statSync(file).size}`)
        .join('\0'),
    )
    .digest('hex');
  const file = join(cache, `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = draw();
  mkdirSync(cache, { recursive: true });
  writeFileSync(file, png);
  return png;
}

/** A cover's card as palette indices, and its palette. */
interface Cover {
  indices: Uint8Array;
  palette: Palette;
}

/** The last few plans' cover cards: a plan's pages are drawn one after another. */
const covers = new Map<string, Cover | null>();
const COVERS_KEPT = 4;

/**
 * The card drawn as its plan's cover card with its chapter's rows drawn in, as a palette PNG; null
 * when a line of it is text (its fonts make it the slow path anyway) or its colours do not fit a palette.
 */
function drawnOnCover(card: OgCard): Buffer | null {
  const cover = coverOf(card);
  const rows = ogChapterRows(card);
  if (cover === null) return null;
  if (rows === null) return palettePng(OG_WIDTH, OG_HEIGHT, cover.indices, cover.palette);
  const svg = ogCardOutlinedSvg(card, rows);
  if (svg.includes('<text')) return null;
  const indices = cover.indices.slice();
  const palette = new Palette(cover.palette);
  if (!palette.index(pixelsOf(svg), indices, rows.top * OG_WIDTH)) return null;
  return palettePng(OG_WIDTH, OG_HEIGHT, indices, palette);
}

function coverOf(card: OgCard): Cover | null {
  const key = `${card.planTitle}\0${card.footer}`;
  let cover = covers.get(key);
  if (cover === undefined) {
    const svg = ogCardOutlinedSvg({ ...card, chapter: null });
    cover = null;
    if (!svg.includes('<text')) {
      const indices = new Uint8Array(OG_WIDTH * OG_HEIGHT);
      const palette = new Palette();
      if (palette.index(pixelsOf(svg), indices, 0)) cover = { indices, palette };
    }
    if (covers.size >= COVERS_KEPT) covers.delete(covers.keys().next().value!);
  } else covers.delete(key);
  covers.set(key, cover);
  return cover;
}

/** RGBA pixels of an SVG without text. */
function pixelsOf(svg: string): Buffer {
  return new Resvg(svg, { font: { fontFiles: [], loadSystemFonts: false } }).render().pixels;
}

function render(svg: string): Buffer {
  const hasText = svg.includes('<text');
  const fontFiles = fontFilesFor(svg);
  const resvg = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: hasText && fontFiles.length === 0, defaultFontFamily: 'Noto Sans CJK SC' },
  });
  return resvg.render().asPng();
}

function fontFilesFor(svg: string): string[] {
  return svg.includes('<text') ? cjkFontFiles() : [];
}
