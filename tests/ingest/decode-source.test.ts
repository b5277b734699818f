import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceError, decodeSource } from '../../scripts/ingest/decode-source.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/encodings/${name}`, import.meta.url));
const expected = readFileSync(new URL('../fixtures/encodings/zhangye-excerpt.utf8.txt', import.meta.url), 'utf8');

describe('decodeSource', () => {
  it.each([
    ['zhangye-excerpt.utf8.txt', 'utf-8'],
    ['zhangye-excerpt.utf8-bom.txt', 'utf-8-bom'],
    ['zhangye-excerpt.utf16le-bom.txt', 'utf-16le'],
    ['zhangye-excerpt.utf16be-bom.txt', 'utf-16be'],
    ['zhangye-excerpt.utf16le.txt', 'utf-16le'],
    ['zhangye-excerpt.gb18030.txt', 'gb18030'],
    ['zhangye-excerpt.cr.txt', 'utf-8'],
  ])('reads %s as %s, with \\n newlines and no BOM', (name, encoding) => {
    const decoded = decodeSource(fixture(name));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(expected);
    expect(decoded.text).toContain('张掖市“十五五”教育发展规划');
  });

  it('turns Word manual line breaks (VT) and page breaks (FF) into newlines', () => {
    const bytes = new TextEncoder().encode('第一部分  发展基础和发展环境\u000b一、发展基础\u000c');
    expect(decodeSource(bytes).text).toBe('第一部分  发展基础和发展环境\n一、发展基础\n');
  });

  it.each([
    ['an empty file', new Uint8Array(), /empty/],
    ['a file of whitespace', new TextEncoder().encode(' \n\t\n'), /only whitespace/],
    ['a PNG image', fixture('png-header.bin'), /binary/],
    ['bytes that are neither UTF-8 nor GB18030', fixture('undecodable.bin'), /neither UTF-8, UTF-16 nor GB18030/],
    ['text with control characters', new TextEncoder().encode('张掖市\u0001教育'), /control characters/],
  ])('refuses %s with a SourceError that says why', (_, bytes, message) => {
    expect(() => decodeSource(bytes)).toThrow(SourceError);
    expect(() => decodeSource(bytes)).toThrow(message);
  });
});
