/**
 * Every place a letter restates an item's request, attributed to its item: the rationale's
 * opening sentence ("Regarding the request for ...", "This is a request for ...") and closing
 * sentence (both the item's own), and the case summary's request phrases ("Request(s) under
 * consideration include ...", "the claims administrator failed to approve a request for ..."),
 * each part of a sentence that lists several requests attributed by its words. Reviewers copy
 * paragraphs between letters and items, so each restatement is a place for a wrong level, side
 * or number: the consistency rules compare the request with every one of them.
 */
import type { DisputedItem, LetterModel } from '../model';
import { memoByObject, memoByText, remembered } from '../text/memoByText';
import { MODIFIED_REQUEST } from '../grammar/vocabulary';
import { caseSummary, caseSummarySource, sentences } from './narrative';
import { titlesGeneration } from './titles';
import { NamedItems } from './namedItems';
import { conclusionRequest, phraseTokens, summaryRequestPhrases, titleTokens, type NamedPhrase } from './requests';

export type RestatementPlace = 'opening' | 'conclusion' | 'summary';

export interface Restatement {
  readonly place: RestatementPlace;
  readonly phrase: NamedPhrase;
}

/** How a message names the place. */
export const PLACE_NAMES: Readonly<Record<RestatementPlace, string>> = {
  opening: "the rationale's opening sentence",
  conclusion: "the rationale's closing sentence",
  summary: "the case summary's request",
};

/** The words that introduce the request an opening sentence is about. */
const OPENING_LEAD =
  /\b(?:(?:regarding|concerning|as\s+for|as\s+to|with\s+regard\s+to|in\s+regards?\s+to|with\s+respect\s+to)\s+the\s+(?:current\s+)?request(?:ed)?(?:\s+for)?|this\s+is\s+a\s+request\s+for|the\s+(?:current\s+)?request\s+(?:is\s+)?for)\s+/i;
/** Where the named request ends: a clause break or the verb of the sentence. */
const OPENING_END =
  /[,;:]|\s(?:is|was|are|were|has|have|does|do|will|would|cannot|can)\s|\s(?:given|due\s+to|because|secondary\s+to|despite|as\s+(?:the|there))\b/i;

/** The request an opening sentence names, offsets in the rationale's text. */
const openingPhrase = memoByText((text: string): { text: string; start: number; end: number } | null => {
  const first = sentences(text)[0];
  if (!first) return null;
  const sentence = text.slice(first.start, first.end);
  const lead = OPENING_LEAD.exec(sentence);
  if (!lead) return null;
  const from = lead.index + lead[0].length;
  const rest = sentence.slice(from);
  const end = OPENING_END.exec(rest);
  let length = end ? end.index : rest.length;
  while (length > 0 && /[\s.,"\u201d]/.test(rest[length - 1])) length--;
  if (length < 2) return null;
  const start = first.start + from;
  return { text: text.slice(start, start + length), start, end: start + length };
});

/** The request the rationale's opening sentence names, if it names one. */
function openingRequest(item: DisputedItem): NamedPhrase | undefined {
  const content = item.rationale?.content;
  if (!content) return undefined;
  const found = openingPhrase(content.text);
  return found ? { ...found, content } : undefined;
}

/** The closing boilerplate of dependent items names the surgery they depend on, not their own request. */
const ANCILLARY = /\bancillary\s+service\b/i;

/**
 * The restatements inside the item: its rationale's opening and closing sentences (found once per
 * item: four rules ask for them).
 */
export const ownRestatements = memoByObject((item: DisputedItem): readonly Restatement[] => {
  const found: Restatement[] = [];
  const opening = openingRequest(item);
  if (opening) found.push({ place: 'opening', phrase: opening });
  const conclusion = conclusionRequest(item);
  // The same phrase when the rationale is one sentence: counted once.
  if (conclusion && !ANCILLARY.test(item.rationale?.conclusion?.text ?? '') && conclusion.start !== opening?.start)
    found.push({ place: 'conclusion', phrase: conclusion });
  return found;
});

/**
 * A case summary phrase that names the item, with the requests of every item it names (the item's
 * own among them). One object per phrase, shared by the items it names: a summary that names each
 * of 1,000 items with like titles made a copy of the others' requests for each item, and ran out
 * of memory.
 */
export interface SummaryRestatement extends Restatement {
  readonly place: 'summary';
  readonly namedRequests: readonly string[];
}

/**
 * What the case summary says of one item: the phrases that name it (hold three quarters of its
 * title's words) and every copy of a modified request. An item rule reads it as part of its item;
 * `key` stands for all of it (with where it is in the letter) in the key the item's findings are
 * kept under, so an edit that leaves the summary as it was re-checks only the edited item.
 */
export interface ItemSummary {
  readonly restatements: readonly SummaryRestatement[];
  readonly copies: readonly ModifiedCopy[];
  readonly key: string;
}

/** An item no summary phrase names, in a summary without copies of modified requests. */
export const NOTHING_IN_SUMMARY: ItemSummary = { restatements: [], copies: [], key: '' };

const NONE: ReadonlyMap<DisputedItem, ItemSummary> = new Map();

/**
 * Each item's ItemSummary by item index, kept for a summary (its source, where it is) and the
 * titles: an edit elsewhere in the letter does not attribute the summary's phrases again.
 */
const attributions = new Map<string, readonly (ItemSummary | undefined)[]>();

/**
 * The most items a summary phrase may name and still be read as restating each of them. On the
 * corpus a phrase names one item or two; one that names more than this says no more than the
 * list of titles does. Without the bound, a summary naming each of thousands of like items (a
 * pasted archive) gave every item thousands of restatements to check, each against thousands of
 * siblings: 28 s for a 4.7 MB letter.
 */
const MOST_NAMED = 16;

/**
 * A number for each phrase's key (where it is, its source, the requests it names), so that an
 * item's key lists the numbers of the phrases that name it instead of their text: the same key
 * gets the same number version after version. Numbers are never given twice, so a key read again
 * after the map was emptied gets a new one (its items are checked again) and never another's.
 */
const phraseNumbers = new Map<string, number>();
let nextPhraseNumber = 0;

/** The case summary's restatements of each item of a model (items it says nothing of are absent). */
export const itemSummaries = memoByObject((model: LetterModel): ReadonlyMap<DisputedItem, ItemSummary> => {
  const source = caseSummarySource(model);
  if (!source) return NONE;
  const byIndex = remembered(attributions, `${titlesGeneration(model)}\u0000${source}`, 16, () => attribute(model));
  const byItem = new Map<DisputedItem, ItemSummary>();
  byIndex.forEach((s, i) => s && byItem.set(model.items[i], s));
  return byItem;
});

/** Which items the summary's phrases name, and its copies of modified requests, by item index. */
function attribute(model: LetterModel): (ItemSummary | undefined)[] {
  const byIndex: (ItemSummary | undefined)[] = [];
  const phrases = summaryRequestPhrases(model);
  const copies = summaryModifiedCopies(model);
  if (phrases.length === 0 && copies.length === 0) return byIndex;
  // Where a phrase is in the letter, and its source there, belong to the key: cached findings point into it.
  const source = (content: NamedPhrase['content'], start: number, end: number) => {
    const span = content.spanOf(start, end);
    return `${span.start}\u0001${model.text.slice(span.start, span.end)}`;
  };
  // Each phrase, the items it names and its number, once: an item only lists the phrases that name it.
  const byItem: { restatements: SummaryRestatement[]; numbers: number[] }[] = model.items.map(() => ({ restatements: [], numbers: [] }));
  const titles = new NamedItems(model.items.map(titleTokens));
  for (const phrase of phrases) {
    const items = titles.namedBy(phraseTokens(phrase), MOST_NAMED);
    if (!items || items.length === 0) continue;
    const namedRequests = items.map((index) => model.items[index].title.request);
    const restatement: SummaryRestatement = { place: 'summary', phrase, namedRequests };
    const number = remembered(
      phraseNumbers,
      [source(phrase.content, phrase.start, phrase.end), ...namedRequests].join('\u0001'),
      4096,
      () => nextPhraseNumber++,
    );
    for (const index of items) {
      byItem[index].restatements.push(restatement);
      byItem[index].numbers.push(number);
    }
  }
  const copiesKey = copies.map((c) => source(c.content, c.original.start, c.remaining.end)).join('\u0002');
  byItem.forEach(({ restatements, numbers }, index) => {
    if (restatements.length === 0 && copies.length === 0) return;
    byIndex[index] = { restatements, copies, key: `${numbers.join(' ')}\u0003${copiesKey}` };
  });
  return byIndex;
}

export interface Contradiction<M> {
  readonly restatement: Restatement;
  /** What the request says. */
  readonly own: readonly M[];
  /** What the restatement says instead. */
  readonly other: readonly M[];
  /**
   * Every other restatement that states the feature says what this one says, and there are two
   * or more of them: the title is the odd one out, most likely the copy that went wrong.
   */
  readonly titleIsOddOneOut: boolean;
}

/**
 * The restatements of an item's request that state a feature (its spinal levels, its side, its
 * quantity) with another value than the request. The rationale's sentences are the item's own
 * and always count. A summary phrase that agrees with a sibling item it also names is that
 * sibling's, and `differInSummary` may read the summary more leniently (it tells history too).
 */
export function contradictions<M>(
  item: DisputedItem,
  summary: ItemSummary,
  find: (text: string) => readonly M[],
  differ: (a: readonly M[], b: readonly M[]) => boolean,
  differInSummary: (a: readonly M[], b: readonly M[]) => boolean = differ,
): Contradiction<M>[] {
  const own = find(item.title.request);
  if (own.length === 0) return [];
  const found: { restatement: Restatement; other: readonly M[] }[] = [];
  let stated = 0;
  for (const restatement of ownRestatements(item)) {
    const other = find(restatement.phrase.text);
    if (other.length === 0) continue;
    stated++;
    if (differ(own, other)) found.push({ restatement, other });
  }
  for (const restatement of summary.restatements) {
    const other = find(restatement.phrase.text);
    if (other.length === 0) continue;
    stated++;
    if (!differInSummary(own, other)) continue;
    // Another item the phrase names that says what it says (the item's own request does not, or this would not be a contradiction).
    const sibling = restatement.namedRequests.some((request) => {
      if (request === item.title.request) return false;
      const theirs = find(request);
      return theirs.length > 0 && !differInSummary(theirs, other);
    });
    if (!sibling) found.push({ restatement, other });
  }
  const oddOneOut = found.length >= 2 && found.length === stated && found.every((f) => !differ(f.other, found[0].other));
  return found.map((f) => ({ ...f, own, titleIsOddOneOut: oddOneOut }));
}

/** One part of the case summary's copy of a modified request, located in the summary. */
export interface CopiedPart {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The case summary's copy of a modified request's title ("X was the original request. Y was authorized ... The remaining ... Z."). */
export interface ModifiedCopy {
  readonly content: NamedPhrase['content'];
  readonly original: CopiedPart;
  readonly authorized: CopiedPart;
  readonly remaining: CopiedPart;
}

// The white space before the sentence's end is looked for only where a run of it starts: tried
// from every space of a long run, each try would read the rest of the run again (a sentence of
// 20,000 spaces took seconds).
const ORIGINAL = new RegExp(`(?<!\\s)\\s+${MODIFIED_REQUEST.original.pattern}?$`, 'i');
const AUTHORIZED = new RegExp(`(?<!\\s)\\s+${MODIFIED_REQUEST.authorized.pattern}?$`, 'i');
const REMAINING = new RegExp(`^${MODIFIED_REQUEST.remaining.pattern}(?:\\s*,|\\s+is(?:\\s+for)?)?\\s+`, 'i');
/** What a summary sentence may say before the request it copies ("The Utilization Review on 11-15-2016 ...", "The request for ..."). */
const ORIGINAL_LEAD = /^(?:.*?\b(?:noted|on\s+\d{1,2}[-/]\d{1,2}[-/]\d{2,4})\s+|the\s+request\s+for\s+)/i;

function part(text: string, start: number, end: number): CopiedPart {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /[\s.,]/u.test(text[end - 1])) end--;
  return { text: text.slice(start, end), start, end };
}

/** The summary's copies of modified requests, in the three-sentence form the titles use. */
export const summaryModifiedCopies = memoByObject((model: LetterModel): ModifiedCopy[] => {
  const copies: ModifiedCopy[] = [];
  const summary = caseSummary(model);
  if (summary) {
    const text = summary.text;
    const bounds = sentences(text);
    for (let i = 0; i + 2 < bounds.length; i++) {
      const first = text.slice(bounds[i].start, bounds[i].end);
      const original = ORIGINAL.exec(first);
      if (!original) continue;
      const second = text.slice(bounds[i + 1].start, bounds[i + 1].end);
      const authorized = AUTHORIZED.exec(second);
      const third = text.slice(bounds[i + 2].start, bounds[i + 2].end);
      const remaining = REMAINING.exec(third);
      if (!authorized || !remaining) continue;
      const lead = ORIGINAL_LEAD.exec(first.slice(0, original.index));
      copies.push({
        content: summary,
        original: part(text, bounds[i].start + (lead ? lead[0].length : 0), bounds[i].start + original.index),
        authorized: part(text, bounds[i + 1].start, bounds[i + 1].start + authorized.index),
        remaining: part(text, bounds[i + 2].start + remaining[0].length, bounds[i + 2].end),
      });
    }
  }
  return copies;
});
