/**
 * Draws a link preview SVG to PNG with the system's CJK font, at build time and without network:
 * resvg reads only the font files it is given. A machine without a CJK font is told once which
 * package to install, and the image is drawn with whatever fonts it has. Drawing costs ~0.1 s an
 * image (resvg parses the font each time), so images are kept in Astro's cache folder by the
 * digest of their SVG, fonts and renderer: a rebuild draws only what changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { cacheDir } from './build-env.ts';

/** Bumped when the renderer's options change. */
const RENDER_FORMAT = 1;

const FONT_DIRS = ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/truetype/noto', '/usr/share/fonts/opentype', '/usr/share/fonts'];

let fonts: string[] | null = null;

/** The Noto Sans CJK files (regular and bold), found once. */
export function cjkFontFiles(): string[] {
  if (fonts !== null) return fonts;
  const dir = FONT_DIRS.find(
    (candidate) => existsSync(candidate) && readdirSync(candidate).some((name) => /^NotoSansCJK.*\.(ttc|otf)$/u.test(name)),
  );
  fonts =
    dir === undefined
      ? []
      : readdirSync(dir)
          .filter((name) => /^NotoSansCJK-(Regular|Bold)\.(ttc|otf)$/u.test(name))
          .map((name) => join(dir, name));
  if (fonts.length === 0)
    console.warn(
      'og:image: no Noto Sans CJK font under /usr/share/fonts (apt-get install fonts-noto-cjk); preview images use the system fonts.',
    );
  return fonts;
}

export function svgToPng(svg: string, cache: string | null = join(cacheDir(), 'planpress-og')): Buffer {
  const fontFiles = cjkFontFiles();
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
  const resvg = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: fontFiles.length === 0, defaultFontFamily: 'Noto Sans CJK SC' },
  });
  return resvg.render().asPng();
}
