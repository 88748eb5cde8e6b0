/**
 * Dates in the case summary and the rationales that the text explicitly ties to an event: the
 * injury ("sustained an industrial injury on 10-13-16", "date of injury is October 27, 2016"),
 * the utilization review ("The UR dated 11-14-16 non-certified ...", "On 11-18-2016 Utilization
 * Review non-certified ...", "previously denied on 12/21/2016"), the request for authorization,
 * or a clinical report. A date no phrase ties is never compared with anything: report dates and
 * service dates differ from the header's legitimately.
 */
import type { DisputedItem, HeaderField, LetterDate, LetterModel } from '../model';
import type { JoinedText } from '../text/joinedText';
import { findDates } from '../parse/dates';
import { caseSummary, caseSummarySource, leftContext, rightContext, sentenceAt } from './narrative';
import type { ItemIdentity } from '../parse/items';
import { memoByObject, remembered } from '../text/memoByText';
import { betweenItems, keptForItem, keptForStretch } from './piecewise';
import { movedSpan, type Span } from '../text/span';

export type DateTie = 'injury' | 'utilization-review' | 'authorization-request' | 'report';

/** A date and the event a passage ties it to. */
export interface Tie {
  readonly tie: DateTie;
  /** The date, its span in the source (or relative to a piece, where said). */
  readonly date: LetterDate;
}

export interface TiedDate extends Tie {
  readonly where: 'summary' | 'rationale';
}

/** Before an injury date, anchored at the date. "injury on" needs a qualifier: "after the injury on 11/16/16" is no date of injury. */
const INJURY_BEFORE =
  /(?:\b(?:industrial|work[\s-]+related|occupational|workplace|work|sustained\s+an?|suffered\s+an?|reported\s+an?|had\s+an?|crushing|with\s+an?)[\s-]+(?:work\s+)?injury\s+(?:on|of|dated|date\s+of)|\binjured\s+on|\bdate\s+of\s+(?:the\s+)?(?:industrial\s+)?injury(?:\s*\(DOI\))?(?:\s+(?:is|was|on|of|as))?|\bDOI(?:\s+(?:is|was|on|of|as))?|\b(?:occupational|industrial|outpatient)\s+claim\s+from)\s*[:,]?\s*$/i;
/** A sentence that says its injury date belongs to another injury. */
const OTHER_INJURY =
  /\b(?:different|another|other|prior|previous|earlier|separate|unrelated|old|second)\s+(?:industrial\s+|work\s+)?(?:injury|injuries|claim|DOI)\b/i;

/** A sentence that tells history from before this injury. */
const PRIOR_HISTORY =
  /\b(?:prior|previous(?:ly)?|history|before\s+the\s+(?:industrial\s+)?injury|pre-?injury|pre-?existing|unrelated|non-?industrial|pre-?employment|baseline|years?\s+ago)\b/i;

/** Before a utilization-review date: "The UR dated", "utilization review (", "Utilization Review (UR) (", "utilization review report dated", "prior review dated", "The prior determination on". */
const REVIEW_BEFORE =
  /(?:\b(?:utilization\s+review|UR)\b(?:\s*\((?:UR|utilization\s+review(?:\s+board)?)\))?(?:\s+(?:report|letter|documentation|form|determination|decision))?(?:,?\s+(?:with\s+a\s+decision\s+date\s+of|(?:is\s+)?dated|on|of|from))?|\b(?:prior|previous|original)\s+(?:utilization\s+)?(?:review|determination)(?:\s+letter)?,?\s+(?:dated|on))\s*[:(,]?\s*$/i;
/** A denial "on" a date in a sentence about the request or its review: "was previously non-certified on", "denied certification on". */
const DENIED_ON_BEFORE =
  /\b(?:non-?\s?certified|noncertified|denied(?:\s+certification)?|modified|deemed\s+not\s+medically\s+necessary|reviewed(?:\s+and\s+denied)?)\s+on\s*$|\bdenial\b.{0,60}\bwas\s+on\s*$/i;
/**
 * After a date: "On 11-18-2016 Utilization Review non-certified", "On 12/29/2016, a request for ... was
 * denied by utilization review", "the claims administrator failed to approve". The request's own verb
 * must be the denial: "On 12/01/2016 a request was received for ... that was noncertified" dates the request.
 */
const REVIEW_AFTER =
  /^\s*,?\s*(?:(?:the\s+)?(?:utilization\s+review|UR)\b(?:\s*\(UR\))?\s+(?:non-?\s?certified|noncertified|denied|modified|determined|partially|certified)|the\s+claims\s+administrator\s+(?:failed\s+to\s+approve|denied|partially\s+approved|modified)|(?:an?\s+|the\s+)?requests?\b(?:(?!\b(?:was|were|is|are)\b)[^.;]){0,160}\b(?:was|were)\s+(?:non-?\s?certified|noncertified|denied|modified)\b)/i;
/** Before a request-for-authorization date. */
const AUTHORIZATION_BEFORE =
  /\b(?:request\s+for\s+authori[sz]ation|RFA|authorization\s+request)(?:\s+form)?(?:\s*\(RFA\))?(?:\s+(?:was|is))?(?:\s+(?:noted\s+to\s+be\s+)?(?:dated|signed\s+on|submitted\s+on|received\s+on|date\s+was|of|on))?\s*[:,(]?\s*$/i;
/** Before a clinical report's date: "progress report dated", "Report of", "The documentation on", "seen on". */
const REPORT_BEFORE =
  /\b(?:progress\s+(?:report|note)s?|(?:physician|provider|therapy|clinical|medical)\s+(?:report|note|record)s?|report|documentation|evaluation|examination|exam|office\s+visit|follow-?up\s+(?:visit|exam|evaluation)|clinic\s+(?:note|visit)|seen|evaluated|examined)\s+(?:dated|of|on|from)\s*$/i;

/** Dates and ties found in one item, relative to the item's start (see piecewise.ts). */
const datesOfItems = new WeakMap<ItemIdentity, readonly LetterDate[]>();
const tiesOfItems = new WeakMap<ItemIdentity, readonly Tie[]>();

/** A date moved by `delta` (a date found in a piece of the letter, placed in the letter). */
function movedDate(date: LetterDate, delta: number): LetterDate {
  return { ...date, span: movedSpan(date.span, delta) };
}

/** Finds the dates in a piece of the letter. */
const scanDates = (text: string): LetterDate[] => findDates(text);

/** Dates found in each stretch between items, by the stretch's text (see piecewise.ts). */
const datesOfStretches = new Map<string, readonly LetterDate[]>();

/** The dates written in a stretch between items, relative to its start: the one kept list the rules read. */
export function stretchDates(model: LetterModel, stretch: Span): readonly LetterDate[] {
  return keptForStretch(datesOfStretches, model.text, stretch, scanDates);
}

/** What gives an item's text, read only when asked (an item rule has its own, `textOf`). */
function itemText(model: LetterModel, item: DisputedItem): () => string {
  return () => model.text.slice(item.span.start, item.span.end);
}

/** The dates written in an item, relative to its start: the one kept list the rules read; `text` gives the item's text. */
export function datesOfItem(item: DisputedItem, text: () => string): readonly LetterDate[] {
  return keptForItem(datesOfItems, item, () => scanDates(text()));
}

function classify(left: string, right: string): DateTie | undefined {
  // Cheap literal checks first: most dates are tied to nothing.
  const l = left.toLowerCase();
  if ((l.includes('injur') || l.includes('doi') || l.includes('claim')) && INJURY_BEFORE.test(left)) return 'injury';
  if ((l.includes('review') || l.includes('ur') || l.includes('determination')) && REVIEW_BEFORE.test(left)) return 'utilization-review';
  const r = right.toLowerCase();
  if (
    (r.includes('review') || r.includes('ur') || r.includes('administrator') || r.includes('certif') || r.includes('denied') || r.includes('modified')) &&
    REVIEW_AFTER.test(right)
  )
    return 'utilization-review';
  if ((l.includes('auth') || l.includes('rfa')) && AUTHORIZATION_BEFORE.test(left)) return 'authorization-request';
  // "reviewed on", "modified on" speak of the review only in a sentence about a request, a case or a treatment.
  if (DENIED_ON_BEFORE.test(left) && /\b(?:requests?|case|treatment|service|surgery|review|UR|certification)\b/i.test(left)) return 'utilization-review';
  if (REPORT_BEFORE.test(left)) return 'report';
  return undefined;
}

/** What an item's rationale ties, relative to the item's start, kept with the item: read once per version of its text. */
function relativeTies(item: DisputedItem, text: () => string): readonly Tie[] {
  return keptForItem(tiesOfItems, item, () => {
    const content = item.rationale?.content;
    if (!content || content.isEmpty) return [];
    const { start } = item.span;
    const inItem = datesOfItem(item, text)
      .filter((d) => d.valid)
      .map((d) => movedDate(d, start));
    return tiesIn(content, inItem).map((t) => ({ tie: t.tie, date: movedDate(t.date, -start) }));
  });
}

/** The dates an item's rationale ties to an event, placed in the letter; `text` gives the item's text. */
export function rationaleTies(item: DisputedItem, text: () => string): Tie[] {
  return relativeTies(item, text).map(({ tie, date }) => ({ tie, date: movedDate(date, item.span.start) }));
}

/** The dates the summary and the rationales tie to the injury, the utilization review, the request or a report. */
export const tiedDates = memoByObject((model: LetterModel): TiedDate[] => {
  const list: TiedDate[] = [];
  for (const { tie, date } of summaryTiedDates(model)) list.push({ tie, date, where: 'summary' });
  for (const item of model.items) for (const { tie, date } of rationaleTies(item, itemText(model, item))) list.push({ tie, date, where: 'rationale' });
  return list;
});

/** The dates the case summary ties to an event, placed in the letter. */
export function summaryTiedDates(model: LetterModel): readonly Tie[] {
  const summary = caseSummary(model);
  return summary ? summaryTies(model, summary) : [];
}

/**
 * A date that the dates tied to its event are checked against: a header field's (its label as
 * written and its value), or the first date the letter ties to the event (where that is).
 */
export interface DateAnchor {
  /** Placed in the letter. */
  readonly date: LetterDate;
  readonly from: { readonly header: string; readonly value: string } | { readonly tied: TiedDate['where'] };
}

/**
 * What the letter's tied dates are checked against. `order`: the day of injury no review, request
 * or report may precede (the header's Date of Injury when it holds a valid date, else the first
 * date tied to the injury). `injury` and `review`: the date the others must equal (the header
 * field's when valid; the first tied date when the header lacks the field; none when the field
 * holds no valid date).
 */
export interface DateAnchors {
  readonly order?: DateAnchor;
  readonly injury?: DateAnchor;
  readonly review?: DateAnchor;
}

/**
 * The anchors of a letter, once per model. From the header they cost a look at its fields; only a
 * letter without them reads every tied date (and its item rules then run again when that date moves).
 */
export const dateAnchors = memoByObject((model: LetterModel): DateAnchors => {
  const field = (key: 'dateOfInjury' | 'urDenialDate') => model.header.find((f) => f.key === key);
  const firstTied = (tie: DateTie): DateAnchor | undefined => {
    const first = tiedDates(model).find((t) => t.tie === tie);
    return first && { date: first.date, from: { tied: first.where } };
  };
  const anchor = (f: HeaderField | undefined, tie: DateTie): DateAnchor | undefined =>
    f?.date?.valid ? { date: f.date, from: { header: f.label, value: f.value } } : f ? undefined : firstTied(tie);
  const injuryField = field('dateOfInjury');
  const injury = anchor(injuryField, 'injury');
  return {
    order: injuryField?.date?.valid ? injury : firstTied('injury'),
    injury,
    review: anchor(field('urDenialDate'), 'utilization-review'),
  };
});

/** The anchors as a key: item findings checked against them are kept while it is the same. */
export function dateAnchorsKey(anchors: DateAnchors): string {
  const key = (a: DateAnchor | undefined) => (a ? `${a.date.span.start}-${a.date.span.end}:${a.date.text}:${JSON.stringify(a.from)}` : '');
  return `${key(anchors.order)}|${key(anchors.injury)}|${key(anchors.review)}`;
}

/** The summary's ties, kept for its source where it is (an edit elsewhere does not read it again). */
const keptSummaryTies = new Map<string, readonly Tie[]>();

function summaryTies(model: LetterModel, summary: JoinedText): readonly Tie[] {
  return remembered(keptSummaryTies, caseSummarySource(model), 1, () => tiesIn(summary, validDatesIn(model, summary.span)));
}

/**
 * The valid dates written in the pieces of the letter (stretches between items, items) that a span
 * overlaps, in letter order, placed in the letter: only those pieces are read.
 */
function validDatesIn(model: LetterModel, span: Span): LetterDate[] {
  const dates: LetterDate[] = [];
  const add = (piece: Span, found: () => readonly LetterDate[]) => {
    if (piece.end <= span.start || piece.start >= span.end) return;
    for (const date of found()) if (date.valid) dates.push(movedDate(date, piece.start));
  };
  const stretches = betweenItems(model);
  let next = 0;
  const stretchesBefore = (end: number) => {
    for (; next < stretches.length && stretches[next].start < end; next++) {
      const stretch = stretches[next];
      add(stretch, () => stretchDates(model, stretch));
    }
  };
  for (const item of model.items) {
    if (item.span.start >= span.end) break;
    stretchesBefore(item.span.start);
    add(item.span, () => datesOfItem(item, itemText(model, item)));
  }
  stretchesBefore(span.end);
  return dates;
}

/** The dates of `dates` inside a passage that its words tie to an event. */
function tiesIn(content: JoinedText, dates: readonly LetterDate[]): Tie[] {
  const list: Tie[] = [];
  const text = content.text;
  const { start: from, end: to } = content.span;
  for (const date of dates) {
    if (date.span.start < from || date.span.end > to) continue;
    const start = content.joinedOffsetOf(date.span.start);
    const end = content.joinedOffsetOf(date.span.end - 1) + 1;
    const left = leftContext(text, start, 110);
    const right = rightContext(text, end, 200);
    const tie = classify(left, right);
    if (!tie) continue;
    if (tie === 'injury' && OTHER_INJURY.test(sentenceAt(text, start))) continue;
    // A report from before the claim, told as history, is no report of this claim.
    if (tie === 'report' && PRIOR_HISTORY.test(sentenceAt(text, start))) continue;
    // A range ("injury from 1/1/2015 to 1/1/2016", "reports dated 11-15-2016 to 12-08-2016") names no one date.
    if (/^\s*(?:-|to|through|thru)\s*(?:\d|[A-Z][a-z]+\s+\d)/.test(right)) continue;
    list.push({ tie, date });
  }
  return list;
}
