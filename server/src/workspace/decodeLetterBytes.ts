/**
 * A letter file's text from its bytes with the platform's TextDecoder (no Node Buffer, no
 * iconv-lite): for hosts that only read letters, never write them back (a browser). The encoding
 * is decided as on the desktop (encodingDetection); the byte-order mark is not part of the text.
 */
import { detectEncoding } from './encodingDetection';

export function decodeLetterBytes(bytes: Uint8Array): string {
  return new TextDecoder(detectEncoding(bytes).name).decode(bytes);
}
