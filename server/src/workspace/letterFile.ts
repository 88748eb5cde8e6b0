/**
 * A letter as a file: read as bytes, decoded in its own encoding, and written back in that same
 * encoding, byte-order mark and line endings, so that the only bytes that change are the fixed
 * text. A write that cannot keep that promise is refused, never approximated.
 */
import * as nodeFs from 'node:fs';
import { FileChangedError, replaceFileAtomically, type FileOps } from './atomicWrite';
import { codePointLabel, decode, detectEncodingWithText, encode, firstUnencodable, type LetterEncoding } from './letterEncoding';
import { dominantLineEnding, type LineEnding } from './lineEndings';

export interface LetterFile {
  readonly path: string;
  /** The bytes as read: the write checks that the file still holds them. */
  readonly bytes: Buffer;
  readonly text: string;
  readonly encoding: LetterEncoding;
  readonly lineEnding: LineEnding;
}

/** A letter from bytes already read. */
export function letterFromBytes(path: string, bytes: Buffer): LetterFile {
  const detected = detectEncodingWithText(bytes);
  const { encoding } = detected;
  const text = detected.text ?? decode(bytes, encoding);
  return { path, bytes, text, encoding, lineEnding: dominantLineEnding(text) };
}

/** Reads and decodes a letter file; the file system's error (ENOENT, EACCES...) is thrown as it is. */
export function readLetterFile(path: string, fs: Pick<typeof nodeFs, 'readFileSync'> = nodeFs): LetterFile {
  return letterFromBytes(path, fs.readFileSync(path));
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
 * Writes a new text of the letter over its file, atomically, in the file's encoding. Refused
 * (the file untouched) when the original bytes would not come back as they were, when the new
 * text holds a character the encoding cannot hold, when the file changed since it was read, or
 * when the file system fails.
 */
export function writeLetterText(file: LetterFile, text: string, ops?: FileOps): WriteOutcome {
  const label = file.encoding.name === 'windows-1252' ? 'Windows-1252' : file.encoding.name.toUpperCase();
  // Stateless encodings: when the original text encodes to its own bytes, every unchanged
  // character of the new text encodes to the bytes it had.
  if (!encode(file.text, file.encoding).equals(file.bytes)) {
    return { written: false, reason: `its bytes are not all valid ${label}, so it could not be written back byte for byte; the fix was not written` };
  }
  const bad = firstUnencodable(text, file.encoding);
  if (bad) {
    return {
      written: false,
      reason: `the fix needs "${bad.character}" (${codePointLabel(bad.character)}, ${placeOf(text, bad.offset)}), which ${label}, the file's encoding, cannot hold; the fix was not written`,
    };
  }
  try {
    replaceFileAtomically(file.path, encode(text, file.encoding), file.bytes, ops);
    return { written: true };
  } catch (error) {
    if (error instanceof FileChangedError) return { written: false, reason: 'the file changed on disk after it was read; the fix was not written' };
    return { written: false, reason: `cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)}); the file is unchanged` };
  }
}
