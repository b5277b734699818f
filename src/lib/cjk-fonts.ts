/**
 * The system's Noto Sans CJK fonts, which the link preview images are drawn in: found once, and
 * read once a process, since every image of a build uses the same two faces.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create, type Font } from 'fontkitten';

const FONT_DIRS = ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/truetype/noto', '/usr/share/fonts/opentype', '/usr/share/fonts'];
const FILE_NAME = /^NotoSansCJK-(Regular|Bold)\.(ttc|otf)$/u;

export type FontWeight = 400 | 700;

let files: string[] | null = null;

/** The Noto Sans CJK files (regular and bold), found once; none, with a warning, when the machine has none. */
export function cjkFontFiles(): string[] {
  if (files !== null) return files;
  const dir = FONT_DIRS.find((candidate) => existsSync(candidate) && readdirSync(candidate).some((name) => FILE_NAME.test(name)));
  files =
    dir === undefined
      ? []
      : readdirSync(dir)
          .filter((name) => FILE_NAME.test(name))
          .map((name) => join(dir, name));
  if (files.length === 0)
    console.warn(
      'og:image: no Noto Sans CJK font under /usr/share/fonts (apt-get install fonts-noto-cjk); preview images use the system fonts.',
    );
  return files;
}

const faces = new Map<FontWeight, Font | null>();

/**
 * The Simplified Chinese face of the given weight (the collection holds Japanese, Korean and
 * Traditional faces too, whose glyphs differ), or null when the machine has no such font.
 */
export function cjkFace(weight: FontWeight): Font | null {
  if (faces.has(weight)) return faces.get(weight)!;
  const style = weight === 700 ? 'Bold' : 'Regular';
  const file = cjkFontFiles().find((path) => path.includes(`-${style}.`));
  let face: Font | null = null;
  if (file !== undefined) {
    const font = create(readFileSync(file), `NotoSansCJKsc-${style}`);
    // A collection without the SC face gives the collection back.
    face = font.isCollection ? null : font;
  }
  faces.set(weight, face);
  return face;
}
