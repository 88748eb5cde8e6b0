/**
 * The MTUS as a timeline: which edition of a guideline a citation names, and which editions
 * govern a given day. Successive guidelines of one MTUS section replace each other (Low Back
 * Complaints 2004 until 30 Nov 2017, then Low Back Disorders 2016, 2019, 2020), so "what was in
 * force" is asked of the section (the component's `regulation`), not of one component.
 */
import type { Edition, MtusComponent } from './schema';
import { normalizeName } from '../text/similarity';

/** A calendar day written "YYYY-MM-DD": such strings sort as the days do. */
export type Day = string;

export interface DatedEdition {
  readonly component: MtusComponent;
  readonly edition: Edition;
}

const LABEL_YEAR = /\s((?:19|20)\d\d)$/u;

/** "Low Back Disorders" of "Low Back Disorders 2019". */
export function labelName(label: string): string {
  return label.replace(LABEL_YEAR, '');
}

/** "2019" of "Low Back Disorders 2019". */
export function labelYear(label: string): string {
  return LABEL_YEAR.exec(label)?.[1] ?? '';
}

/** Every year a letter may print with the component, oldest edition first. */
export function yearsOf(component: MtusComponent): string[] {
  let years = yearsByComponent.get(component);
  if (!years) {
    years = [...new Set(component.editions.flatMap((e) => e.labels.map(labelYear)))];
    yearsByComponent.set(component, years);
  }
  // A copy: callers may sort or extend it.
  return [...years];
}

// The catalog's components are read-only: their years are found once (rules ask for every citation).
const yearsByComponent = new WeakMap<MtusComponent, readonly string[]>();

/**
 * The edition a citation names: the one whose label is the name and year as written, else the
 * one whose label has that year (a spelling variant of the name), else, with no year written
 * (the 2014 chapter style), the component's only edition.
 */
export function editionCited(component: MtusComponent, writtenName: string, year: string | undefined): Edition | undefined {
  if (year === undefined) return component.editions.length === 1 ? component.editions[0] : undefined;
  const label = normalizeName(`${writtenName} ${year}`);
  return (
    component.editions.find((e) => e.labels.some((l) => normalizeName(l) === label)) ??
    component.editions.find((e) => e.labels.some((l) => labelYear(l) === year))
  );
}

/** Whether the edition governs services on `day`; undefined when its dates are unknown. */
export function inForceOn(edition: Edition, day: Day): boolean | undefined {
  if (!edition.inForce) return undefined;
  const { from, until } = edition.inForce;
  return (from === undefined || from <= day) && (until === undefined || day <= until);
}

/** The label an edition is best cited with: its first. */
export function preferredLabel(edition: Edition): string | undefined {
  return edition.labels[0];
}

/** The components that stand for the same MTUS section as `component` (itself included). */
function sameSection(components: readonly MtusComponent[], component: MtusComponent): MtusComponent[] {
  if (!component.regulation) return [component];
  return components.filter((c) => c === component || c.regulation === component.regulation);
}

/** The editions of the component's MTUS section in force on `day` (dates known only). */
export function editionsInForce(components: readonly MtusComponent[], component: MtusComponent, day: Day): DatedEdition[] {
  const found: DatedEdition[] = [];
  for (const c of sameSection(components, component)) {
    for (const edition of c.editions) if (inForceOn(edition, day) === true) found.push({ component: c, edition });
  }
  return found;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "23 Nov 2021" for "2021-11-23"; "Sep 2015" and "2013" for the coarser version dates. */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-');
  if (!month) return year;
  const name = MONTHS[Number(month) - 1] ?? month;
  return date ? `${Number(date)} ${name} ${year}` : `${name} ${year}`;
}

function addDays(day: Day, days: number): Day {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** The day after `day`. */
export function nextDay(day: Day): Day {
  return addDays(day, 1);
}

/** The day before `day`. */
export function dayBefore(day: Day): Day {
  return addDays(day, -1);
}

/** "in force since 23 Nov 2021", "in force 1 Dec 2017 - 10 Aug 2019", "dates in force unknown". */
export function describeInForce(edition: Edition): string {
  if (!edition.inForce) return 'dates in force unknown';
  const { from, until } = edition.inForce;
  if (from && until) return `in force ${formatDay(from)} - ${formatDay(until)}`;
  if (from) return `in force since ${formatDay(from)}`;
  if (until) return `in force until ${formatDay(until)}`;
  return 'in force';
}

export type Standing = 'in-force' | 'dates-unknown' | 'not-in-force';

/** Where an edition stands on a day: what completion ranks by and marks deprecated. */
export function standingOn(edition: Edition, day: Day): Standing {
  const inForce = inForceOn(edition, day);
  return inForce === undefined ? 'dates-unknown' : inForce ? 'in-force' : 'not-in-force';
}

/** The editions a letter can print, each with its preferred label, oldest first. */
export function labelledEditions(component: MtusComponent): { edition: Edition; label: string; year: string }[] {
  return component.editions.filter((e) => e.labels.length > 0).map((edition) => ({ edition, label: edition.labels[0], year: labelYear(edition.labels[0]) }));
}

/**
 * Whether a letter judged on `day` may cite the edition: it is in force, or it is the latest
 * labelled edition of a guideline replaced by an update no source gives a label for (the label
 * letters can print is still the old one).
 */
export function citableOn(components: readonly MtusComponent[], component: MtusComponent, edition: Edition, day: Day): boolean | undefined {
  const inForce = inForceOn(edition, day);
  if (inForce !== false) return inForce;
  const current = editionsInForce(components, component, day);
  const labelled = component.editions.filter((e) => e.labels.length > 0);
  return current.length > 0 && current.every((d) => d.edition.labels.length === 0) && labelled[labelled.length - 1] === edition;
}

/** The labels a letter judged on `day` can cite, one per edition, in catalog order. */
export function citableLabels(components: readonly MtusComponent[], day: Day): string[] {
  const labels: string[] = [];
  for (const component of components) {
    for (const { edition, label } of labelledEditions(component)) if (citableOn(components, component, edition, day)) labels.push(label);
  }
  return labels;
}

/** The last date the catalog knows a change for: on it, the editions in force are today's MTUS as far as the sources go. */
export function latestChange(components: readonly MtusComponent[]): Day {
  let latest = '';
  for (const c of components) for (const e of c.editions) for (const d of [e.inForce?.from, e.inForce?.until]) if (d && d > latest) latest = d;
  return latest;
}
