/**
 * Where a letter names an item's request outside its title: the subject of the rationale's
 * closing sentence ("Therefore, the request for left L5-S1 transforaminal epidural steroid
 * injection is not medically necessary") and the phrases of the case summary's request
 * sentences ("The Utilization Review on 11-15-2016 non-certified the request for ..."), with a
 * token measure of which item a phrase names. Offsets are into the given JoinedText.
 */
import type { DisputedItem, LetterModel } from '../model';
import { memoByObject, memoByText } from '../text/memoByText';
import type { JoinedText } from '../text/joinedText';
import { caseSummary, sentences } from './narrative';

export interface NamedPhrase {
  readonly text: string;
  /** Offsets in `content.text`. */
  readonly start: number;
  readonly end: number;
  readonly content: JoinedText;
}

/** A verb that ends the subject of a closing sentence ("... is not medically necessary", "... to be medically necessary"). */
const VERB = /\b(?:is|was|are|were|be|would\s+be|will\s+be|can\s*not\s+be|to\s+(?:not\s+)?be|does\s+not|do\s+not|has\s+not|have\s+not)\b/i;

/**
 * Where a request phrase turns into its reasons ("... L5-S1 injection given L4-5 stenosis", "...
 * right knee due to left hip pain"): the words after it describe something else.
 */
const REASON =
  /\s(?:given|due\s+to|because|secondary\s+to|despite|in\s+the\s+(?:setting|presence|absence)\s+of|for\s+(?:a\s+|the\s+)?(?:history|diagnosis)\s+of)\b/i;

function beforeReason(text: string): string {
  const m = REASON.exec(text);
  return m ? text.slice(0, m.index) : text;
}

/**
 * Where in the rationale the closing sentence names its request, by rationale text: an item an
 * edit did not touch (moved or not) has the same rationale text and the same answer.
 */
const namedInRationale = new Map<string, { text: string; start: number; end: number } | null>();

/** The request the rationale's closing sentence names, if it names one ("the request is ..." names none). */
export function conclusionRequest(item: DisputedItem): NamedPhrase | undefined {
  const content = item.rationale?.content;
  if (!content) return undefined;
  let found = namedInRationale.get(content.text);
  if (found === undefined) {
    const named = findConclusionRequest(item);
    found = named ? { text: named.text, start: named.start, end: named.end } : null;
    if (namedInRationale.size >= 8192) namedInRationale.clear();
    namedInRationale.set(content.text, found);
  }
  return found ? { ...found, content } : undefined;
}

function findConclusionRequest(item: DisputedItem): NamedPhrase | undefined {
  const rationale = item.rationale;
  const conclusion = rationale?.conclusion;
  if (!rationale || !conclusion) return undefined;
  const content = rationale.content;
  const sentenceStart = content.text.lastIndexOf(conclusion.text);
  if (sentenceStart < 0) return undefined;
  const sentenceEnd = sentenceStart + conclusion.text.length;
  const phrase = content.joinedOffsetOf(conclusion.phraseSpan.start, sentenceStart, sentenceEnd) - sentenceStart;
  const sentence = conclusion.text;
  // A sentence that names a first item's verdict before its own ("Given that the naproxen was
  // determined to be not medically necessary, the request for Pantoprazole ... is also not
  // medically necessary") names its own request before its last necessity phrase.
  const last = sentence.toLowerCase().lastIndexOf('medically');
  const lead = sentence.slice(0, last > phrase ? last : phrase);
  // After "the request for" / "the currently requested" when the lead has one; else after the last clause break.
  let subjectStart = 0;
  const requestWords = [...lead.matchAll(/\brequest(?:ed|s)?\b(?:\s+(?:for|of|is\s+for))?[\s,:"\u201c]*/gi)];
  if (requestWords.length > 0) {
    const last = requestWords[requestWords.length - 1];
    subjectStart = last.index! + last[0].length;
  } else {
    const clause = Math.max(lead.lastIndexOf(', '), lead.lastIndexOf('; '));
    if (clause >= 0) subjectStart = clause + 2;
  }
  const verb = VERB.exec(lead.slice(subjectStart));
  let subjectEnd = verb ? subjectStart + verb.index : lead.length;
  subjectEnd = subjectStart + beforeReason(sentence.slice(subjectStart, subjectEnd)).length;
  while (subjectEnd > subjectStart && /[\s,"\u201d:]/.test(sentence[subjectEnd - 1])) subjectEnd--;
  while (subjectStart < subjectEnd && /[\s"\u201c]/.test(sentence[subjectStart])) subjectStart++;
  if (subjectEnd - subjectStart < 2) return undefined;
  const start = sentenceStart + subjectStart;
  const end = sentenceStart + subjectEnd;
  return { text: content.text.slice(start, end), start, end, content };
}

/**
 * The phrases of the case summary's sentences about requests, split at list breaks (", ",
 * "; ", " and a "), so that "a right L5 ... and a right L4 ..." gives one phrase per request.
 */
export const summaryRequestPhrases = memoByObject((model: LetterModel): NamedPhrase[] => {
  const phrases: NamedPhrase[] = [];
  const summary = caseSummary(model);
  if (summary) {
    const text = summary.text;
    for (const bounds of sentences(text)) {
      const sentence = text.slice(bounds.start, bounds.end);
      if (!sentence.toLowerCase().includes('request')) continue;
      let start = 0;
      const add = (from: number, to: number) => {
        const text = beforeReason(sentence.slice(from, to));
        if (text.length > 0) phrases.push({ text, start: bounds.start + from, end: bounds.start + from + text.length, content: summary });
      };
      // "\s+and" is tried only where white space starts: from inside a long run of it, each try would read the rest of the run again.
      for (const m of sentence.matchAll(/,\s*(?:and\s+)?|;\s*|:\s+|(?<!\s)\s+and\s+(?=(?:an?|the)\s)|\.\s*$/g)) {
        if (m.index! > start) add(start, m.index!);
        start = m.index! + m[0].length;
      }
      if (start < sentence.length) add(start, sentence.length);
    }
  }
  return phrases;
});

/** Words that say nothing about which request a phrase names. */
const STOP = new Set(
  (
    'the a an of for to and or with without in on at per by from as is was are were be request requested requests original portion remaining imr ' +
    'eligible authorized authorization left right bilateral bilaterally both side sided x times time week weeks weekly day days month months qty quantity ' +
    'session sessions visit visits treatments additional initial further more one two three four five six seven eight nine ten eleven twelve ' +
    'this that these current currently associated service surgical under including include includes included'
  ).split(' '),
);

/** Content words of a phrase, lower-cased and singular, without sides, levels and numbers. */
function contentTokensUncached(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (raw.length < 2 || STOP.has(raw)) continue;
    const first = raw.charCodeAt(0);
    // Numbers ("12", "325mg") and spinal levels ("l5", "s1", "c56") say nothing about which request it is.
    if (first >= 48 && first <= 57) continue;
    if (raw.length <= 3 && (first === 99 || first === 116 || first === 108 || first === 115)) {
      const second = raw.charCodeAt(1);
      if (second >= 48 && second <= 57) continue;
    }
    tokens.add(raw.length > 3 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw);
  }
  return tokens;
}

/** contentTokens, memoised by text (results are read-only). */
export const contentTokens = memoByText(contentTokensUncached);

/** Share of `of`'s words that `within` holds (0 when `of` has none). */
export function coverage(of: ReadonlySet<string>, within: ReadonlySet<string>): number {
  if (of.size === 0) return 0;
  let hit = 0;
  for (const t of of) if (within.has(t)) hit++;
  return hit / of.size;
}

/** Share of a title's content words that a phrase holds for the phrase to count as naming it. */
export const NAMES_TITLE = 0.75;

// contentTokens is memoised by text, so these need no cache of their own.

/** Content words of an item's whole title (for a modified request: original, authorized and remaining). */
export function wholeTitleTokens(item: DisputedItem): Set<string> {
  return contentTokens(item.title.text);
}

/** Content words of an item's request. */
export function titleTokens(item: DisputedItem): Set<string> {
  return contentTokens(item.title.request);
}

/** Content words of a phrase. */
export function phraseTokens(phrase: NamedPhrase): Set<string> {
  return contentTokens(phrase.text);
}

/** Where in the title's joined text the request starts (the remaining portion of a modified request). */
export function requestOffset(item: DisputedItem): number {
  const at = item.title.text.lastIndexOf(item.title.request);
  return at < 0 ? 0 : at;
}
