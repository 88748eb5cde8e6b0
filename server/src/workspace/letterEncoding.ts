/**
 * The encodings letters are saved in, as bytes <-> text. Reviewers save from Word on Windows
 * (Windows-1252), as "Unicode text" (UTF-16 with a byte-order mark) or as UTF-8, with or without a
 * BOM. The decoding and encoding tables are iconv-lite's; encodingDetection decides which to use.
 */
import * as iconv from 'iconv-lite';
import type { EncodingName, LetterEncoding } from './encodingDetection';

export { detectEncoding, detectEncodingWithText, type EncodingName, type LetterEncoding } from './encodingDetection';

/** iconv-lite's name of each encoding. */
const CODEC: Record<EncodingName, string> = {
  'utf-8': 'utf8',
  'utf-16le': 'utf16le',
  'utf-16be': 'utf16be',
  'windows-1252': 'windows1252',
};

/** The text of the bytes in an encoding, without the byte-order mark. */
export function decode(bytes: Uint8Array, encoding: LetterEncoding): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), CODEC[encoding.name], { stripBOM: true });
}

/** The bytes of a text in an encoding, with the byte-order mark when the encoding has one. */
export function encode(text: string, encoding: LetterEncoding): Buffer {
  return iconv.encode(text, CODEC[encoding.name], { addBOM: encoding.bom });
}

export interface Unencodable {
  /** Offset in the text of the first character that the encoding cannot represent. */
  readonly offset: number;
  /** That character (a whole code point). */
  readonly character: string;
}

/**
 * The first character of the text that does not survive a round trip through the encoding
 * (iconv-lite writes "?" or U+FFFD for it), or undefined when every character does.
 */
export function firstUnencodable(text: string, encoding: LetterEncoding): Unencodable | undefined {
  const back = decode(encode(text, encoding), encoding);
  if (back === text) return undefined;
  let offset = 0;
  while (offset < text.length && offset < back.length && text.charCodeAt(offset) === back.charCodeAt(offset)) offset++;
  // Start on the first half of a surrogate pair, so that the character reported is whole.
  if (offset > 0 && isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1))) offset--;
  const code = text.codePointAt(offset);
  return { offset, character: code === undefined ? '' : String.fromCodePoint(code) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** "U+2192" */
export function codePointLabel(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
