/**
 * A letter file's text from its bytes without Node (no Buffer, no iconv-lite): for hosts that only
 * read letters, never write them back (a browser). The encoding is decided as on the desktop
 * (encodingDetection); the byte-order mark is not part of the text. Windows-1252 is decoded with
 * iconv-lite's own table (its generated data, which needs no Buffer), not by TextDecoder, whose
 * 'windows-1252' is Latin-1 in Node and so would not be held to the desktop's text by a test.
 */
import sbcsTables from 'iconv-lite/encodings/sbcs-data-generated';
import { detectEncoding } from './encodingDetection';

/** The characters of bytes 0x80-0xFF in Windows-1252, as iconv-lite decodes them (U+FFFD for the five undefined ones). */
const HIGH_HALF = sbcsTables.windows1252.chars;

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let at = 0; at < bytes.length; at += 0x8000) {
    const codes = Array.from(bytes.subarray(at, at + 0x8000), (b) => (b >= 0x80 ? HIGH_HALF.charCodeAt(b - 0x80) : b));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

export function decodeLetterBytes(bytes: Uint8Array): string {
  const encoding = detectEncoding(bytes);
  if (encoding.name === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(encoding.name).decode(bytes);
}
