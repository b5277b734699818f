/**
 * Step 1, read: turn a source file's bytes into text with `\n` newlines.
 *
 * Word's "save as text" writes UTF-8 (with or without BOM), UTF-16 (with BOM, or without from some
 * converters), or GB18030 on Chinese Windows. Anything else is refused with a reason, never guessed.
 */

export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedSource {
  readonly text: string;
  readonly encoding: SourceEncoding;
}

/** A source that cannot be read as a plan; the message says what was received. */
export class SourceError extends Error {
  override name = 'SourceError';
}

export function decodeSource(bytes: Uint8Array): DecodedSource {
  if (bytes.length === 0) throw new SourceError('the file is empty (0 bytes)');
  const { text, encoding } = decodeBytes(bytes);
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) {
    throw new SourceError(`the file decodes as ${encoding} but contains control characters: it looks binary, not a text export`);
  }
  const normalised = normaliseNewlines(text);
  if (normalised.trim() === '') throw new SourceError('the file contains only whitespace');
  return { text: normalised, encoding };
}

function decodeBytes(bytes: Uint8Array): DecodedSource {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: decodeStrict('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decodeStrict('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decodeStrict('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  const bomlessUtf16 = guessBomlessUtf16(bytes);
  if (bomlessUtf16) return { text: decodeStrict(bomlessUtf16, bytes), encoding: bomlessUtf16 };
  if (bytes.includes(0)) throw new SourceError('the file contains NUL bytes and is not UTF-16: it looks binary, not a text export');
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null && readsAsPlanText(gb) && mostlyGb2312(bytes)) return { text: gb, encoding: 'gb18030' };
  throw new SourceError(
    'the bytes are neither UTF-8, UTF-16 nor GB18030 Chinese text (Shift-JIS, Big5 or another encoding?); re-export the document as UTF-8',
  );
}

/**
 * UTF-16 without a BOM: only UTF-16 puts NUL bytes in text (every newline and ASCII character
 * has one), so with NULs present, take the byte order whose decoding reads as plan text.
 */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length % 2 !== 0 || !bytes.includes(0)) return null;
  const candidates = (['utf-16le', 'utf-16be'] as const)
    .map((encoding) => ({ encoding, text: tryDecode(encoding, bytes) }))
    .filter(
      (candidate): candidate is { encoding: 'utf-16le' | 'utf-16be'; text: string } =>
        candidate.text !== null && readsAsPlanText(candidate.text),
    );
  return candidates[0]?.encoding ?? null;
}

/**
 * Nearly every character of a plan is CJK, punctuation, ASCII or whitespace, and much of it CJK:
 * a wrong guess at the encoding yields characters from other scripts, or few ideographs.
 */
function readsAsPlanText(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- tab, LF and CR are the control characters plan text holds.
  const expected = text.match(/[\u0009\u000a\u000d\u0020-\u007e\u2000-\u206f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/gu)?.length ?? 0;
  const ideographs = text.match(/[\u4e00-\u9fff]/gu)?.length ?? 0;
  const visible = text.replace(/\s/gu, '').length;
  return visible > 0 && expected / text.length > 0.95 && ideographs / visible > 0.3;
}

/**
 * Chinese text saved as GB18030 takes nearly every two-byte character from the GB2312 core (lead
 * bytes A1–F7); Shift-JIS bytes read as GB18030 land in its rare extension (leads 81–A0) instead.
 */
function mostlyGb2312(bytes: Uint8Array): boolean {
  let twoByte = 0;
  let core = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0x81) continue;
    const fourByte = (bytes[i + 1] ?? 0) >= 0x30 && (bytes[i + 1] ?? 0) <= 0x39;
    if (!fourByte) {
      twoByte += 1;
      if (lead >= 0xa1 && lead <= 0xf7) core += 1;
    }
    i += fourByte ? 3 : 1;
  }
  return twoByte === 0 || core / twoByte >= 0.9;
}

function decodeStrict(encoding: string, bytes: Uint8Array): string {
  const text = tryDecode(encoding, bytes);
  if (text === null) throw new SourceError(`the file starts with a ${encoding} byte-order mark but is not valid ${encoding}`);
  return text;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

export function normaliseNewlines(text: string): string {
  // Word writes manual line breaks as VT and page breaks as FF: both end a line of text.
  // eslint-disable-next-line no-control-regex -- VT and FF are the line breaks this replaces.
  return text.replace(/\r\n?/gu, '\n').replace(/[\u000b\u000c\u2028\u2029]/gu, '\n');
}
