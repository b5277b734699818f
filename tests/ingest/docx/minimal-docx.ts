/** Hand-written WordprocessingML for unit tests: parts wrapped in their namespaces and zipped as a .docx. */
import { strToU8, zipSync } from 'fflate';

const NAMESPACES =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml"';

export function numberingXml(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${NAMESPACES}>${inner}</w:numbering>`;
}

export function stylesXml(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${NAMESPACES}>${inner}</w:styles>`;
}

/** A level: `<w:lvl>` with start, format and text, plus any extra children (`<w:lvlRestart …/>`, `<w:isLgl/>`). */
export function level(ilvl: number, format: string, text: string, start = 1, extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;
}

/** A paragraph: text, and optionally its list (numId, ilvl), style, and raw pPr children. */
export function p(text: string, options: { numId?: string; ilvl?: number; style?: string; pPr?: string; runs?: string } = {}): string {
  const numPr =
    options.numId !== undefined
      ? `<w:numPr>${options.ilvl !== undefined ? `<w:ilvl w:val="${options.ilvl}"/>` : ''}<w:numId w:val="${options.numId}"/></w:numPr>`
      : '';
  const style = options.style ? `<w:pStyle w:val="${options.style}"/>` : '';
  const run = text ? `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>` : '';
  return `<w:p><w:pPr>${style}${numPr}${options.pPr ?? ''}</w:pPr>${run}${options.runs ?? ''}</w:p>`;
}

export function makeDocx(parts: { body: string; numbering?: string; styles?: string; footnotes?: string }): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NAMESPACES}><w:body>${parts.body}</w:body></w:document>`,
    ),
  };
  if (parts.numbering) files['word/numbering.xml'] = strToU8(parts.numbering);
  if (parts.styles) files['word/styles.xml'] = strToU8(parts.styles);
  if (parts.footnotes)
    files['word/footnotes.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${NAMESPACES}>${parts.footnotes}</w:footnotes>`,
    );
  return zipSync(files);
}
