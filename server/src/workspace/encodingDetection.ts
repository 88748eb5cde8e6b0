/**
 * Which encoding a letter file is in, from its bytes alone: a byte-order mark decides; without one,
 * UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what Word on Windows saves as "Plain
 * Text"). No codec here, so that a host without Node (a browser) decides the same way.
 */
export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface LetterEncoding {
  readonly name: EncodingName;
  /** Whether the file starts with a byte-order mark (always, for UTF-16: without one it is not detected). */
  readonly bom: boolean;
}

const BOMS: readonly { readonly bytes: readonly number[]; readonly name: EncodingName }[] = [
  { bytes: [0xef, 0xbb, 0xbf], name: 'utf-8' },
  { bytes: [0xff, 0xfe], name: 'utf-16le' },
  { bytes: [0xfe, 0xff], name: 'utf-16be' },
];

// Fatal: one invalid sequence makes the whole file "not UTF-8" instead of a U+FFFD in the text.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of the bytes when they are valid UTF-8, else undefined. */
function strictUtf8Text(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

export interface DetectedEncoding {
  readonly encoding: LetterEncoding;
  /** The text, when telling the encoding decoded it already (UTF-8 without a byte-order mark). */
  readonly text?: string;
}

/** The encoding of the bytes, with their text when finding the encoding took decoding them (so that a reader need not decode twice). */
export function detectEncodingWithText(bytes: Uint8Array): DetectedEncoding {
  for (const bom of BOMS) {
    if (bytes.length >= bom.bytes.length && bom.bytes.every((b, i) => bytes[i] === b)) return { encoding: { name: bom.name, bom: true } };
  }
  const text = strictUtf8Text(bytes);
  return text === undefined ? { encoding: { name: 'windows-1252', bom: false } } : { encoding: { name: 'utf-8', bom: false }, text };
}

export function detectEncoding(bytes: Uint8Array): LetterEncoding {
  return detectEncodingWithText(bytes).encoding;
}
