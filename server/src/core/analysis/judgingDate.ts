/**
 * The day a citation is judged by. Guideline updates apply to services on or after their
 * effective date, so what counts is the date of the request: the date of service the item
 * gives, else the UR Denial Date, else the Decision Date, else (a draft without dates) today.
 * The Claims Administrator's citations are quoted from the UR decision, so they are judged by
 * the UR Denial Date first.
 */
import type { Day } from '../catalog/editions';
import type { DisputedItem, GuidelineSource, LetterDate, LetterModel } from '../model';
import { findDates } from '../parse/dates';
import { dateAnchors, dateAnchorsKey, tiedDates, type DateAnchors } from './tiedDates';

/** The letter-wide dates an item's citations may be judged by: all an item rule reads outside its item. */
export interface LetterDates {
  readonly urDenialDate?: Day;
  readonly decisionDate?: Day;
  /** The day the letter is being written (a draft without dates is judged by it). */
  readonly today: Day;
  /** What the dates a rationale ties to an event are checked against. */
  readonly anchors: DateAnchors;
}

export type JudgingBasis = 'date of service' | 'UR Denial Date' | 'Decision Date' | 'today';

export interface JudgingDate {
  readonly day: Day;
  readonly basis: JudgingBasis;
}

/** A valid date as a Day. */
function dayOf(date: LetterDate | undefined): Day | undefined {
  if (!date?.valid) return undefined;
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

let cachedToday: { day: Day; until: number } | undefined;

/** Today on this machine's calendar (read from the clock once a minute: every lint asks). */
export function today(): Day {
  const now = Date.now();
  if (!cachedToday || now >= cachedToday.until) {
    const date = new Date(now);
    const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    cachedToday = { day, until: now + 60_000 - (now % 60_000) };
  }
  return cachedToday.day;
}

/**
 * The header's dates. A letter without the header table (the 2014 layout) gives the UR date in
 * its case summary instead ("... was non-certified on 8/4/14"): the summary's first date tied
 * to the utilization review stands in for it.
 */
export function letterDatesOf(model: LetterModel, todayDay: Day): LetterDates {
  const field = (key: 'urDenialDate' | 'decisionDate') => dayOf(model.header.find((f) => f.key === key)?.date);
  const urDenialDate = field('urDenialDate') ?? (model.header.length === 0 ? summaryReviewDate(model) : undefined);
  return { urDenialDate, decisionDate: field('decisionDate'), today: todayDay, anchors: dateAnchors(model) };
}

function summaryReviewDate(model: LetterModel): Day | undefined {
  return dayOf(tiedDates(model).find((t) => t.tie === 'utilization-review' && t.where === 'summary')?.date);
}

/** A stable key of the dates, for keeping item findings that depend on them. */
export function letterDatesKey(dates: LetterDates): string {
  return `${dates.urDenialDate ?? ''}|${dates.decisionDate ?? ''}|${dates.today}|${dateAnchorsKey(dates.anchors)}`;
}

/** "DOS 12/29/16", "DOS: 11/14/16", "Date of Service 11/18/16" in an item's title. */
const DATE_OF_SERVICE = /\b(?:DOS|dates?\s+of\s+service)\b\s*:?\s*/gi;

/** The date of service an item's title gives, if it gives one. */
function dateOfService(item: DisputedItem): LetterDate | undefined {
  const title = item.title.text;
  for (const m of title.matchAll(DATE_OF_SERVICE)) {
    const after = m.index! + m[0].length;
    const date = findDates(title.slice(after, after + 20)).find((d) => d.span.start === 0);
    if (date?.valid) return date;
  }
  return undefined;
}

export function judgingDateOf(item: DisputedItem, dates: LetterDates, source: GuidelineSource): JudgingDate {
  const service = dayOf(dateOfService(item));
  const candidates: [Day | undefined, JudgingBasis][] =
    source === 'claims-administrator'
      ? [
          [dates.urDenialDate, 'UR Denial Date'],
          [service, 'date of service'],
          [dates.decisionDate, 'Decision Date'],
        ]
      : [
          [service, 'date of service'],
          [dates.urDenialDate, 'UR Denial Date'],
          [dates.decisionDate, 'Decision Date'],
        ];
  for (const [day, basis] of candidates) if (day) return { day, basis };
  return { day: dates.today, basis: 'today' };
}
