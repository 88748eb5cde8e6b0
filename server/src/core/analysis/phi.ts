/**
 * Text that looks like protected health information a redaction missed: a Social Security
 * number, a phone number, an e-mail address, a street address, a date of birth, a claim, policy
 * or medical record number. Published letters are redacted, so each of these is a hint, never a
 * certainty. Callers must not echo the matched text: a finding names only the kind.
 */
import { findDates } from '../parse/dates';
import { DisjointSpans } from '../text/disjointSpans';

export type PhiKind = 'ssn' | 'phone' | 'email' | 'street-address' | 'date-of-birth' | 'claim-number' | 'policy-number' | 'record-number';

export interface PhiMatch {
  readonly kind: PhiKind;
  readonly start: number;
  readonly end: number;
}

export const PHI_LABELS: Readonly<Record<PhiKind, string>> = {
  ssn: 'a Social Security number pattern',
  phone: 'a phone number pattern',
  email: 'an e-mail address',
  'street-address': 'a street address',
  'date-of-birth': 'a date of birth',
  'claim-number': 'a claim number',
  'policy-number': 'a policy number',
  'record-number': 'a medical record number',
};

/** 123-45-6789 (not a case number "CM16-0234202", not part of a longer digit run). */
const SSN = /(?<![\dA-Za-z-])\d{3}-\d{2}-\d{4}(?![\d-])/g;
/** (555) 123-4567, 555-123-4567, 555.123.4567; the separators must agree so "10/325" or ICD codes never match. */
const PHONE = /(?<![\dA-Za-z/.-])(?:\(\d{3}\)\s?\d{3}[-.\s]\d{4}|\d{3}([-.])\d{3}\1\d{4})(?![\d-])/g;
const EMAIL = /\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,120}\.[A-Za-z]{2,10}\b/g;
/** "1234 Main Street", "55 N. Oak Ave": a house number, one to three capitalised words, a street type. */
const STREET =
  /\b\d{1,5}\s+(?:[NSEW]\.?\s+)?[A-Z][a-z]{1,20}\s(?:[A-Z][a-z]{1,20}\s)?(?:[A-Z][a-z]{1,20}\s)?(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.|Boulevard|Blvd\.?|Drive|Lane|Ln\.|Court|Ct\.|Way|Place|Pl\.|Parkway|Pkwy\.?|Highway|Hwy\.?|Circle|Terrace)(?![A-Za-z])/g;
/** What introduces a date of birth. */
const BIRTH = /(?:\b(?:DOB|date\s+of\s+birth|birth\s*date|born\s+on|born)\b|\bD\.O\.B\.)\s*(?:is|was|of|as|listed\s+as|:)?/gi;
/** A label that introduces a claim, policy or record number, read where its first word is found; the value is read after it. */
const NUMBER_LABEL = /(?:(claim)|(policy)|(mrn)|(medical\s+record))\s*(no\.|number|num\.|#)?/iy;
/** The value after a label: letters, digits and hyphens, five or more, at least one digit. */
// The colon or hash with the white space before it as one optional group: two optional runs of white
// space side by side would be tried at every split of a long run between them (a label followed by
// 20,000 spaces took 1.5 s).
const NUMBER_VALUE = /(?:\s*[:#])?\s*((?=[A-Z0-9-]{0,20}\d)[A-Z0-9][A-Z0-9-]{4,20})\b/iy;
const LABEL_WORDS = ['claim', 'policy', 'mrn', 'medical record'];

/** Offsets of a word in a lower-cased text, as a whole word. */
function* wordsAt(lower: string, word: string): Generator<number> {
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) {
    const before = at > 0 ? lower.charCodeAt(at - 1) : 32;
    if ((before >= 97 && before <= 122) || (before >= 48 && before <= 57)) continue;
    yield at;
  }
}

/** Everything in `text` that looks like unredacted protected health information. */
export function findPhi(text: string): PhiMatch[] {
  // The first found of two overlapping matches is kept.
  const found = new DisjointSpans<PhiMatch>((a, b) => a.start < b.end && b.start < a.end);
  const add = (kind: PhiKind, start: number, end: number) => {
    const match = { kind, start, end };
    if (!found.meets(match)) found.add(match);
  }; // Both need three digits before a separator; most letters have none.
  if (/\d{3}(?:-\d{2}-|[-.)]\s?\d{3}[-.\s]\d{4})/.test(text)) {
    for (const m of text.matchAll(SSN)) add('ssn', m.index!, m.index! + m[0].length);
    for (const m of text.matchAll(PHONE)) add('phone', m.index!, m.index! + m[0].length);
  }
  if (text.includes('@')) for (const m of text.matchAll(EMAIL)) add('email', m.index!, m.index! + m[0].length);
  for (const m of text.matchAll(STREET)) add('street-address', m.index!, m.index! + m[0].length);
  // Lower case may lengthen a character ("İ" is "i" and a combining dot): the words are then looked for
  // in a copy lowered letter by letter in ASCII only, so that an offset in it is the same in `text`.
  const lowered = text.toLowerCase();
  const lower = lowered.length === text.length ? lowered : text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
  if (lower.includes('birth') || lower.includes('dob') || lower.includes('d.o.b') || lower.includes('born')) {
    for (const m of text.matchAll(BIRTH)) {
      // The dates right after the cue: "birthdate as 03-17-1956 and 03-17-1965".
      const from = m.index! + m[0].length;
      const window = text.slice(from, from + 60);
      let last = from;
      for (const date of findDates(window, from)) {
        if (!/^[\s,]*(?:(?:and|or)\s+)?$/i.test(text.slice(last, date.span.start))) break;
        add('date-of-birth', date.span.start, date.span.end);
        last = date.span.end;
      }
    }
  }
  for (const word of LABEL_WORDS) {
    for (const at of wordsAt(lower, word)) {
      NUMBER_LABEL.lastIndex = at;
      const m = NUMBER_LABEL.exec(text);
      // A claim or policy needs its "No."/"number"/"#"; "MRN" is a label by itself.
      if (!m || (!m[5] && !m[3])) continue;
      NUMBER_VALUE.lastIndex = at + m[0].length;
      const value = NUMBER_VALUE.exec(text);
      // A case number is the letter's own reference, not a claim number.
      if (!value || /^CM\d{2}-\d{7}$/.test(value[1])) continue;
      const start = value.index + value[0].length - value[1].length;
      add(m[1] ? 'claim-number' : m[2] ? 'policy-number' : 'record-number', start, start + value[1].length);
    }
  }
  return found.list;
}
