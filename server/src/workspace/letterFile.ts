/**
 * A letter as a file: read as bytes, decoded in its own encoding, and written back in that same
 * encoding, byte-order mark and line endings, so that the only bytes that change are the fixed
 * text. A write that cannot keep that promise is refused, never approximated.
 */
import * as nodeFs from 'node:fs';
import { FileChangedError, replaceFileAtomically, type FileOps } from './atomicWrite';
import { codePointLabel, decode, detectEncodingWithText, encode, firstUnencodable, type LetterEncoding } from './letterEncoding';
import { dominantLineEnding, type LineEnding } from './lineEndings';

/** A letter as bytes (a file's, standard input's) and the text they decode to. */
export interface LetterBytes {
  /** The bytes as read: a write checks that the file still holds them. */
  readonly bytes: Uint8Array;
  readonly text: string;
  readonly encoding: LetterEncoding;
  readonly lineEnding: LineEnding;
}

export interface LetterFile extends LetterBytes {
  readonly path: string;
}

/** Letter bytes already read (standard input's). */
export function letterFromInput(bytes: Uint8Array): LetterBytes {
  const detected = detectEncodingWithText(bytes);
  const { encoding } = detected;
  const text = detected.text ?? decode(bytes, encoding);
  return { bytes, text, encoding, lineEnding: dominantLineEnding(text) };
}

/** Reads and decodes a letter file; the file system's error (ENOENT, EACCES...) is thrown as it is. */
export function readLetterFile(path: string, fs: Pick<typeof nodeFs, 'readFileSync'> = nodeFs): LetterFile {
  return { path, ...letterFromInput(fs.readFileSync(path)) };
}

export type WriteOutcome =
  | { readonly written: true }
  /** Why the file was left as it was (a sentence to follow the file's name). */
  | { readonly written: false; readonly reason: string };

/** "line 12, column 5" of an offset (1-based, as an editor shows it). */
function placeOf(text: string, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10 || (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return `line ${line}, column ${offset - start + 1}`;
}

/**
 * The bytes of a new text of the letter, in the letter's encoding, such that every character the
 * new text kept from the old one is the bytes it was. Refused (with why, a sentence that ends "the
 * fix was not written") when the original bytes would not come back as they were, or when the new
 * text holds a character the encoding cannot hold.
 */
export function encodeLetterText(file: LetterBytes, text: string): { readonly bytes: Buffer } | { readonly refused: string } {
  const label = file.encoding.name === 'windows-1252' ? 'Windows-1252' : file.encoding.name.toUpperCase();
  // Stateless encodings: when the original text encodes to its own bytes, every unchanged
  // character of the new text encodes to the bytes it had.
  if (!encode(file.text, file.encoding).equals(file.bytes)) {
    return { refused: `its bytes are not all valid ${label}, so it could not be written back byte for byte; the fix was not written` };
  }
  const bad = firstUnencodable(text, file.encoding);
  if (bad) {
    return {
      refused: `the fix needs "${bad.character}" (${codePointLabel(bad.character)}, ${placeOf(text, bad.offset)}), which ${label}, the letter's encoding, cannot hold; the fix was not written`,
    };
  }
  return { bytes: encode(text, file.encoding) };
}

/**
 * Writes a new text of the letter over its file, atomically, in the file's encoding. Refused
 * (the file untouched) when encodeLetterText refuses the text, when the file changed since it was
 * read, or when the file system fails.
 */
export function writeLetterText(file: LetterFile, text: string, ops?: FileOps): WriteOutcome {
  const encoded = encodeLetterText(file, text);
  if ('refused' in encoded) return { written: false, reason: encoded.refused };
  try {
    replaceFileAtomically(file.path, encoded.bytes, file.bytes, ops);
    return { written: true };
  } catch (error) {
    if (error instanceof FileChangedError) return { written: false, reason: 'the file changed on disk after it was read; the fix was not written' };
    return { written: false, reason: `cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)}); the file is unchanged` };
  }
}
