/**
 * A line of text drawn as the outlines of its glyphs, so that the PNG renderer needs no font: resvg
 * parses every font file it is given for every image (two 20 MB CJK collections, about 0.2 s an
 * image), while an outline costs nothing once read. Characters are set one after another at their
 * advance width: Chinese text has no kerning or ligatures; the Latin letters of a title lose the
 * font's kerning, a difference of a pixel or two at these sizes.
 */
import { cjkFace, type FontWeight } from './cjk-fonts.ts';
import type { TextRun } from './og-card.ts';

interface Outline {
  /** SVG path data in font units, y up. */
  d: string;
  advance: number;
}

/** Outlines by weight and code point: a build draws the same few thousand characters again and again. */
const outlines = new Map<string, Outline | null>();

function outlineOf(weight: FontWeight, codePoint: number): Outline | null {
  const key = `${weight}:${codePoint}`;
  let outline = outlines.get(key);
  if (outline === undefined) {
    const face = cjkFace(weight);
    const glyph = face?.glyphForCodePoint(codePoint);
    // Glyph 0 is the font's "missing character" box: not this character.
    outline = glyph === undefined || glyph.id === 0 ? null : { d: glyph.path.toSVG(), advance: glyph.advanceWidth };
    outlines.set(key, outline);
  }
  return outline;
}

/**
 * A character's advance in pixels at `size`, for laying out lines; one em for a character the
 * face lacks (or without the font), the width of a Chinese character.
 */
export function glyphAdvance(character: string, size: number, weight: FontWeight): number {
  const face = cjkFace(weight);
  const outline = face && outlineOf(weight, character.codePointAt(0)!);
  return face && outline ? (outline.advance * size) / face.unitsPerEm : size;
}

/**
 * The run as SVG paths in the Noto Sans CJK SC face of its weight, or null when a character of it
 * has no glyph there (or the machine has no such font): the caller then draws it as text, for the
 * renderer to find a font.
 */
export function outlinedRun(run: TextRun): string | null {
  const face = cjkFace(run.weight);
  if (face === null) return null;
  const glyphs: string[] = [];
  let pen = 0;
  for (const character of run.text) {
    const outline = outlineOf(run.weight, character.codePointAt(0)!);
    if (outline === null) return null;
    if (outline.d !== '') glyphs.push(`<path transform="translate(${pen} 0)" d="${outline.d}"/>`);
    pen += outline.advance;
  }
  const scale = run.size / face.unitsPerEm;
  return `<g fill="${run.fill}" transform="translate(${run.x} ${run.y}) scale(${scale} ${-scale})">${glyphs.join('')}</g>`;
}
