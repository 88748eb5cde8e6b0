/**
 * A letter file's text from its bytes without Node (no Buffer, no iconv-lite): for hosts that only
 * read letters, never write them back (a browser). The encoding is decided as on the desktop
 * (encodingDetection); the byte-order mark is not part of the text. Windows-1252 is decoded here
 * from its table, not by TextDecoder, whose 'windows-1252' is Latin-1 in Node and so would not be
 * held to the desktop's text by a test.
 */
import { detectEncoding } from './encodingDetection';

/** Windows-1252's bytes 0x80-0x9F (the rest is Latin-1); U+FFFD for the five it leaves undefined, as iconv-lite decodes them. */
const HIGH_CONTROLS = '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let at = 0; at < bytes.length; at += 0x8000) {
    const codes = Array.from(bytes.subarray(at, at + 0x8000), (b) => (b >= 0x80 && b <= 0x9f ? HIGH_CONTROLS.charCodeAt(b - 0x80) : b));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

export function decodeLetterBytes(bytes: Uint8Array): string {
  const encoding = detectEncoding(bytes);
  if (encoding.name === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(encoding.name).decode(bytes);
}
