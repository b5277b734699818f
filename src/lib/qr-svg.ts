/**
 * A QR code as inline SVG, made at build time (no runtime request, no image file): dark modules
 * as one path of horizontal strokes on a white square that includes the 4-module quiet zone, so
 * it scans in a dark colour scheme too.
 */
import { encode } from 'uqr';

/** The 4-module light margin the QR standard asks for around the symbol. */
export const QUIET_ZONE = 4;

/** The symbol's modules, `true` for dark, row by row, without the quiet zone. Error correction M survives a glare or a crease. */
export function qrModules(text: string): boolean[][] {
  return encode(text, { ecc: 'M', border: 0 }).data;
}

/** The path that draws the dark modules: each run of dark modules in a row is one stroke of width 1. */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  let d = '';
  modules.forEach((row, y) => {
    let x = 0;
    let penX: number | null = null;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      // Relative moves within a row keep the numbers short and repetitive, which gzip likes.
      d += penX === null ? `M${start} ${y}.5` : `m${start - penX} 0`;
      d += `h${x - start}`;
      penX = x;
    }
  });
  return d;
}

/** The whole `<svg>`, for inline use in HTML (which needs no namespace): `label` names it for screen readers. */
export function qrSvg(text: string, label: string): string {
  const modules = qrModules(text);
  const side = modules.length + 2 * QUIET_ZONE;
  const box = `${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`;
  return (
    `<svg class="qr" viewBox="${box}" role="img" aria-label="${escapeAttribute(label)}" shape-rendering="crispEdges">` +
    `<rect x="${-QUIET_ZONE}" y="${-QUIET_ZONE}" width="${side}" height="${side}" fill="#fff"/>` +
    `<path stroke="#000" d="${qrPath(modules)}"/></svg>`
  );
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
