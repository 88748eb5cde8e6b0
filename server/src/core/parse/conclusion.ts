import type { Conclusion, Polarity } from '../model';
import type { JoinedText } from '../text/joinedText';

/** The phrases a closing sentence states necessity with; the last one in the rationale is its conclusion. */
const NECESSITY = /\bmedically\s+(?:un)?necessary\b/giu;
/** Closing sentences that say it without "medically necessary" ("... is not supported."). */
const FALLBACK = /\b(?:is|was|are|were|be)\s+(?:not\s+)?(?:supported|warranted)\b/giu;
/** A negation no more than three plain words before the phrase ("cannot be considered", "to not be"). */
const NEGATION_BEFORE = /(?:\bnot|\bcannot|n't|\bno\s+longer)(?:\s+[A-Za-z-]+){0,3}\s*$/iu;

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

function lastMatch(pattern: RegExp, text: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) last = m;
  return last;
}

/** Finds the rationale's medical-necessity conclusion and reads its polarity. */
export function findConclusion(content: JoinedText): Conclusion | undefined {
  const text = content.text;
  let phrase = lastMatch(NECESSITY, text);
  if (!phrase) {
    phrase = lastMatch(FALLBACK, text);
    // Without the standard phrase, only a sentence near the end counts as the conclusion.
    if (!phrase || text.length - phrase.index > 400) return undefined;
  }
  const bounds = sentenceBounds(text, phrase.index);
  const sentence = text.slice(bounds.start, bounds.end);
  const lead = text.slice(bounds.start, phrase.index);
  const words = phrase[0].toLowerCase();
  let polarity: Polarity = 'positive';
  if (/\bun(?:necessary|supported)\b|\bnot\b/u.test(words)) polarity = 'negative';
  else if (NEGATION_BEFORE.test(lead)) polarity = 'negative';
  else if (/^\s*No\s*,/u.test(sentence)) polarity = 'negative';
  let phraseStart = phrase.index;
  const negation = NEGATION_BEFORE.exec(lead);
  if (negation) phraseStart = bounds.start + negation.index;
  return {
    text: sentence,
    span: content.spanOf(bounds.start, bounds.end),
    polarity,
    phraseSpan: content.spanOf(phraseStart, phrase.index + phrase[0].length),
  };
}
