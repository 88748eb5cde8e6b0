import type { Conclusion, Polarity } from '../model';
import type { JoinedText } from '../text/joinedText';

/**
 * The phrases a closing sentence states necessity with ("is not medically necessary", "is not a
 * medical necessity", "the medical necessity of this request is not established"); the sentence
 * holding the last one in the rationale is its conclusion.
 */
const NECESSITY =
  /\bmedically[\s-]+(?:un)?(?:necessary|appropriate)\b|\b(?:is|was|are|were|be)\s+(?:not\s+)?a\s+medical\s+necessity\b|\bmedical\s+necessity\b[^.]{0,80}?\b(?:is|was|has)\s+(?:not\s+)?(?:been\s+)?established\b/gi;
/** Closing sentences that say it without those words ("... is not supported."). */
const FALLBACK = /\b(?:is|was|are|were|be)\s+(?:not\s+)?(?:supported|warranted)\b/gi;
/**
 * A negation a few plain words before the phrase ("cannot be considered", "to not be", "not supported
 * by the records as being"). A word and the separator before it are each taken whole, as an atomic
 * group would be (a lookahead's capture matched again): both may hold hyphens, and a run of hyphens
 * that could be cut between them in every way took 7.8 s at 32 hyphens, and half as long again at
 * each one more. Taken whole, they match the same texts (checked against the former pattern on 300,000
 * random texts of these words, spaces and hyphens).
 */
const NEGATION_BEFORE = /(?:\bnot|\bcannot|n't|\bno\s+longer)(?:(?=([\s-]+))\1(?=([A-Za-z-]+))\2){0,7}[\s-]*$/i;

/** Sentence boundaries: a full stop, question or exclamation mark followed by space (decimals and "e.g." without a space do not end one). */
function sentenceBounds(text: string, at: number): { start: number; end: number } {
  let start = 0;
  const before = /[.!?]["”')\]]*\s+(?=["“(]?[A-Z0-9])/gu;
  for (let m = before.exec(text); m && m.index < at; m = before.exec(text)) start = m.index + m[0].length;
  const after = /[.!?](?=["”')\]]*(?:\s|$))/gu;
  after.lastIndex = at;
  const m = after.exec(text);
  return { start, end: m ? m.index + 1 : text.length };
}

function lastMatch(pattern: RegExp, text: string, from = 0): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) last = m;
  return last;
}

/** Where the phrases can start: every necessity phrase holds "necess" or "appropri", found by a fast literal search. */
const NECESS = /necess|appropri/gi;

/** The last NECESSITY match, looking only near the places that hold "necess" (from the end). */
function lastNecessity(text: string): RegExpExecArray | undefined {
  const places: number[] = [];
  NECESS.lastIndex = 0;
  for (let m = NECESS.exec(text); m; m = NECESS.exec(text)) places.push(m.index);
  for (let i = places.length - 1; i >= 0; i--) {
    // The longest phrase puts "necessity" up to about 100 characters before its end.
    const found = lastMatch(NECESSITY, text.slice(0, Math.min(text.length, places[i] + 140)), Math.max(0, places[i] - 40));
    if (found) return found;
  }
  return undefined;
}

/** Finds the rationale's medical-necessity conclusion and reads its polarity. */
export function findConclusion(content: JoinedText): Conclusion | undefined {
  const text = content.text;
  let pattern = NECESSITY;
  let last = lastNecessity(text);
  if (!last) {
    pattern = FALLBACK;
    last = lastMatch(pattern, text);
    // Without the standard phrase, only a sentence near the end counts as the conclusion.
    if (!last || text.length - last.index > 400) return undefined;
  }
  const bounds = sentenceBounds(text, last.index);
  const sentence = text.slice(bounds.start, bounds.end);
  // The sentence's first phrase carries its polarity: "was not medically necessary, medically appropriate, or indicated".
  pattern.lastIndex = bounds.start;
  const phrase = pattern.exec(text) ?? last;
  // Only the words just before the phrase can negate it; a bounded window keeps the pattern cheap.
  const leadStart = Math.max(bounds.start, phrase.index - 120);
  const lead = text.slice(leadStart, phrase.index);
  const negation = NEGATION_BEFORE.exec(lead);
  let polarity: Polarity = 'positive';
  if (/\bun(?:necessary|appropriate)\b|\bnot\b/i.test(phrase[0]) || negation || /^\s*No\s*,/u.test(sentence)) polarity = 'negative';
  const phraseStart = negation ? leadStart + negation.index : phrase.index;
  return {
    text: sentence,
    span: content.spanOf(bounds.start, bounds.end),
    polarity,
    phraseSpan: content.spanOf(phraseStart, phrase.index + phrase[0].length),
  };
}
