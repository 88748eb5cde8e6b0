/**
 * Whole letters and items as snippets, written from the grammar's vocabulary and the catalog:
 * what the editor's snippets (snippets/imr.json, generated) and the completion in an empty
 * document insert. A letter of today carries today's dates and cites the editions in force.
 */
import { headingName } from '../parse/sections';
import type { Catalog } from '../catalog/catalog';
import { citableLabels, latestChange, type Day } from '../catalog/editions';
import { CITATION, CLOSING_LEADS, CREDENTIAL_LINES, FIXED_SENTENCES, HEADER_FIELDS, ISSUES_INTRO, paragraphName, SPEAKERS } from '../grammar/vocabulary';
import { choice, escapeSnippet, placeholder } from './snippet';

/** `${n:default}` whose default is snippet syntax already (a date variable). */
function variablePlaceholder(index: number, value: string): string {
  return `\${${index}:${value}}`;
}

/** How a snippet writes a date: VS Code's date variables (the day it is inserted), or a fixed day. */
export type SnippetDates = 'variables' | Day;

function dateText(dates: SnippetDates): string {
  if (dates === 'variables') return '${CURRENT_MONTH}/${CURRENT_DATE}/${CURRENT_YEAR}';
  const [year, month, day] = dates.split('-');
  return `${month}/${day}/${year}`;
}

const BOILERPLATE_2016 =
  'MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no affiliation with the employer, employee, providers or the claims administrator. He/she has been in active clinical practice for more than five years and is currently working at least 24 hours a week in active practice. The expert reviewer was selected based on his/her clinical experience, education, background, and expertise in the same or similar specialties that evaluate and/or treat the medical condition and disputed items/Service. He/she is familiar with governing laws and regulations, including the strength of evidence hierarchy that applies to Independent Medical Review determinations.';

export const SUMMARY_OPENING =
  'The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:';

/**
 * The MTUS labels a letter of `day` can cite, the first one the default. Without a day, those of
 * the latest date the catalog knows a change for: today's MTUS as far as the sources go.
 */
export function mtusChoices(catalog: Catalog, day?: Day): string[] {
  const labels = citableLabels(catalog.components, day ?? latestChange(catalog.components));
  // The example request of the snippets (physical therapy) is decided under the chronic pain guideline.
  const first = labels.findIndex((l) => /^Chronic Pain\b/u.test(l));
  return first > 0 ? [labels[first], ...labels.slice(0, first), ...labels.slice(first + 1)] : labels;
}

const field = (key: (typeof HEADER_FIELDS)[number]['key']) => `${HEADER_FIELDS.find((f) => f.key === key)!.canonical}:`;
const MTUS = `${CITATION.decisionBasedOn.canonical} ${CITATION.mtus.canonical}`;

/** "Decision based on MTUS ${n|labels|}, Section(s): ${n+1:section}." */
function mtusCitation(labels: readonly string[], index: number): string {
  return `${MTUS} ${choice(index, labels)}, ${CITATION.sections.canonical} ${placeholder(index + 1, 'Physical medicine treatment')}.`;
}

/** A letter in the 2016-17 layout with one item, dated `dates`, citing the editions in force. */
export function letterSnippet(catalog: Catalog, dates: SnippetDates, eol = '\n', day?: Day): string {
  const today = dateText(dates);
  const labels = mtusChoices(catalog, day);
  const pad = (text: string, width: number) => text + ' '.repeat(Math.max(1, width - text.length));
  const credentials = CREDENTIAL_LINES.map((line, i) => (line.example ? `${line.canonical}: ${placeholder(8 + i, line.example)}` : `${line.canonical}:`));
  const request = placeholder(11, 'Physical therapy 12 sessions for the lumbar spine');
  return [
    `${pad(field('caseNumber'), 23)}CM${variablePlaceholder(1, dates === 'variables' ? '${CURRENT_YEAR_SHORT}' : dates.slice(2, 4))}-${placeholder(2, '0000001')}`,
    `${pad(field('dateAssigned'), 23)}${variablePlaceholder(3, today)}                      ${pad(field('dateOfInjury'), 21)}${variablePlaceholder(4, today)}`,
    `${pad(field('decisionDate'), 23)}${today}                      ${pad(field('urDenialDate'), 21)}${variablePlaceholder(5, today)}`,
    `${pad(field('priority'), 23)}${choice(6, ['Standard', 'Expedited'])}                        ${field('applicationReceived')} ${variablePlaceholder(7, today)}`,
    '',
    headingName('how-made'),
    BOILERPLATE_2016,
    '',
    ...credentials,
    '',
    headingName('case-summary'),
    SUMMARY_OPENING,
    '',
    placeholder(10, 'The injured worker is a 45 year old who sustained a work related injury. The Utilization Review non-certified the request.'),
    '',
    headingName('issues'),
    ISSUES_INTRO.canonical,
    '',
    `${request}: ${choice(12, ['Upheld', 'Overturned'])}`,
    '',
    `${paragraphName('claims-administrator')}: ${mtusCitation(labels, 13)}`,
    '',
    `${paragraphName('maximus')}: ${mtusCitation(labels, 15)}`,
    '',
    `${paragraphName('rationale')}: ${placeholder(17, 'The guideline recommends a limited number of physical medicine visits with a transition to a home exercise program.')} ${choice(18, CLOSING_LEADS)}, the request for \${11} is ${choice(19, ['not medically necessary', 'medically necessary'])}.$0`,
  ].join(eol);
}

/** The guideline paragraph forms: MTUS citation, outside the MTUS with an ODG citation, no evidence. */
export function guidelineSnippets(labels: readonly string[]): Record<string, { prefix: string[]; body: string; description: string }> {
  const forms: Record<string, { prefix: string[]; body: string; description: string }> = {};
  for (const [source, short] of [
    ['claims-administrator', 'ca'],
    ['maximus', 'mx'],
  ] as const) {
    const name = paragraphName(source);
    const speaker = SPEAKERS[source];
    forms[`${name}: MTUS citation`] = {
      prefix: [`imr-${short}-mtus`],
      body: `${name}: ${mtusCitation(labels, 1)}$0`,
      description: `${name} citing an MTUS guideline in force, its year and section(s).`,
    };
    forms[`${name}: outside the MTUS`] = {
      prefix: [`imr-${short}-outside`],
      body: `${name}: ${escapeSnippet(FIXED_SENTENCES['outside-mtus'].canonical(speaker))} ${odgCitation()}$0`,
      description: `${name} resting on guidelines outside the MTUS, with the Non-MTUS citation.`,
    };
    forms[`${name}: no evidence cited`] = {
      prefix: [`imr-${short}-none`],
      body: `${name}: ${escapeSnippet(FIXED_SENTENCES['no-evidence'].canonical(speaker))}$0`,
      description: `${name} when no medical evidence was cited.`,
    };
  }
  return forms;
}

/** "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) ${1:Low Back}, ${2:...}." */
export function odgCitation(): string {
  return `${CITATION.decisionBasedOn.canonical} ${CITATION.nonMtus.canonical} ${escapeSnippet(CITATION.odg.canonical)} ${placeholder(1, 'Low Back')}, ${placeholder(2, 'Epidural steroid injections (ESIs)')}.`;
}
