/**
 * The editor's snippets (snippets/imr.json is generated from this by `npm run generate`, and a
 * test holds the file to it): whole letters, items, guideline paragraph forms and sentences,
 * written from the grammar's vocabulary; the citations offer today's MTUS.
 */
import { headingName } from '../parse/sections';
import type { Catalog } from '../catalog/catalog';
import { CITATION, CLOSING_LEADS, CREDENTIAL_LINES, ISSUES_INTRO, MODIFIED_REQUEST, paragraphName } from '../grammar/vocabulary';
import { guidelineSnippets, letterSnippet, mtusChoices, odgCitation, SUMMARY_OPENING } from './letterSkeleton';
import { choice, placeholder } from './snippet';

export interface SnippetEntry {
  readonly prefix: readonly string[];
  readonly body: string | readonly string[];
  readonly description: string;
}

const BOILERPLATE_2014 =
  'MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no affiliation with the employer, employee, providers or the claims administrator. The expert reviewer is Board Certified in ${1:Physical Medicine & Rehabilitation} and is licensed to practice in California. He/she has been in active clinical practice for more than five years and is currently working at least 24 hours a week in active practice. The expert reviewer was selected based on his/her clinical experience, education, background, and expertise in the same or similar specialties that evaluate and/or treat the medical condition and disputed items/services. He/she is familiar with governing laws and regulations, including the strength of evidence hierarchy that applies to Independent Medical Review determinations.';

/** Every snippet, by the name the editor lists it under. */
export function buildSnippets(catalog: Catalog): Record<string, SnippetEntry> {
  const labels = mtusChoices(catalog);
  const acoem = `${CITATION.decisionBasedOn.canonical} ${CITATION.mtus.canonical} ${CITATION.acoemChapter.canonical}`;
  return {
    'IMR letter': {
      prefix: ['imr-letter', 'determination'],
      body: letterSnippet(catalog, 'variables').split('\n'),
      description:
        "A whole final determination letter of today: the header table with today's dates, the three sections and one disputed item citing the MTUS in force.",
    },
    'IMR letter (2014 layout)': {
      prefix: ['imr-letter-2014'],
      body: [
        headingName('how-made'),
        BOILERPLATE_2014,
        '',
        headingName('case-summary'),
        SUMMARY_OPENING,
        '',
        placeholder(
          2,
          'This patient sustained an injury. Request(s) under consideration include the request below, which was non-certified citing guidelines criteria and lack of medical necessity.',
        ),
        '',
        headingName('issues'),
        ISSUES_INTRO.canonical,
        '',
        `${placeholder(3, 'One (1) lumbar L4-S1 selective nerve root block')}: ${choice(4, ['Upheld', 'Overturned'])}`,
        '',
        `${paragraphName('claims-administrator')}: ${acoem} ${placeholder(5, '12 Low Back Complaints')}.`,
        '',
        `${paragraphName('maximus')}: ${acoem} ${placeholder(6, '12 Low Back Complaints')} ${CITATION.pages.canonical} ${placeholder(7, '300')}.`,
        '',
        `${paragraphName('rationale')}: ${placeholder(8, 'The guidelines recommend the procedure only when radiculopathy is documented by examination and corroborated by imaging.')} The \${3} is ${choice(9, ['not medically necessary and appropriate', 'medically necessary and appropriate'])}.$0`,
      ],
      description: 'A whole final determination letter in the 2014 layout: no header table or credentials lines, ACOEM chapter and page citations.',
    },
    'Disputed item': {
      prefix: ['imr-item', 'item'],
      body: [
        `${placeholder(1, 'Request')}: ${choice(2, ['Upheld', 'Overturned'])}`,
        '',
        `${paragraphName('claims-administrator')}: ${CITATION.decisionBasedOn.canonical} ${CITATION.mtus.canonical} ${choice(3, labels)}, ${CITATION.sections.canonical} ${placeholder(4, 'Physical medicine treatment')}.`,
        '',
        `${paragraphName('maximus')}: ${CITATION.decisionBasedOn.canonical} ${CITATION.mtus.canonical} ${choice(5, labels)}, ${CITATION.sections.canonical} ${placeholder(6, 'Physical medicine treatment')}.`,
        '',
        `${paragraphName('rationale')}: ${placeholder(7, 'The guideline recommends a limited number of physical medicine visits.')} ${choice(8, CLOSING_LEADS)}, the request for \${1} is ${choice(9, ['not medically necessary', 'medically necessary'])}.$0`,
      ],
      description: 'A disputed item: title and decision, the two guideline lines citing the MTUS in force, and the rationale.',
    },
    'Disputed item (modified request)': {
      prefix: ['imr-item-modified'],
      description: 'The title of an item whose request the Claims Administrator partly authorized.',
      body: [
        `${placeholder(1, 'Original request')} ${MODIFIED_REQUEST.original.canonical} ${placeholder(2, 'Authorized part')} ${MODIFIED_REQUEST.authorized.canonical} ${MODIFIED_REQUEST.remaining.canonical} ${placeholder(3, 'Remaining part')} is: ${choice(4, ['Upheld', 'Overturned'])}$0`,
      ],
    },
    ...guidelineSnippets(labels),
    'Non-MTUS citation (ODG)': {
      prefix: ['imr-non-mtus', 'odg'],
      body: `${odgCitation()}$0`,
      description: 'A Non-MTUS citation of an ODG chapter and topic (after an MTUS citation or the outside-of-MTUS sentence).',
    },
    'MTUS citation (2014, ACOEM chapter and pages)': {
      prefix: ['imr-acoem'],
      description: 'A 2014-style MTUS citation: ACOEM chapter, title and pages.',
      body: [
        'Decision based on MTUS ACOEM Chapter ${1|12 Low Back Complaints,8 Neck and Upper Back Complaints,9 Shoulder Complaints,11 Forearm\\, Wrist\\, and Hand Complaints,13 Knee Complaints|} Page(s): ${2:300}.$0',
      ],
    },
    Credentials: {
      prefix: ['imr-credentials'],
      body: CREDENTIAL_LINES.map((line, i) => (line.example ? `${line.canonical}: ${placeholder(i, line.example)}` : `${line.canonical}:`)).map(
        (line, i, all) => (i === all.length - 1 ? `${line}$0` : line),
      ),
      description: "The expert reviewer's credentials lines (2016-17 layout).",
    },
    'Closing sentence: Upheld': {
      prefix: ['imr-closing-upheld', 'not medically necessary'],
      body: `${choice(1, CLOSING_LEADS)}, the request for ${placeholder(2, 'request')} is not medically necessary.$0`,
      description: "The rationale's closing sentence for an Upheld item.",
    },
    'Closing sentence: Overturned': {
      prefix: ['imr-closing-overturned', 'medically necessary'],
      body: `${choice(1, CLOSING_LEADS)}, the request for ${placeholder(2, 'request')} is medically necessary.$0`,
      description: "The rationale's closing sentence for an Overturned item.",
    },
    'Closing sentence: ancillary service': {
      prefix: ['imr-ancillary'],
      description: 'The closing sentence of an item that depends on a surgery found not medically necessary.',
      body: [
        'As the requested surgical intervention is not medically necessary per the documentation, the requested ancillary service is not medically necessary.$0',
      ],
    },
    'Opioid weaning paragraph': {
      prefix: ['imr-opioid-weaning', 'weaning'],
      description: "The paragraph that follows an opioid item's decision.",
      body: [
        'This decision addresses the medical necessity of opioids as they have been prescribed to this patient. This medical necessity decision should not be interpreted as a recommendation to stop long-term opioids abruptly and the patient is advised to speak with their treating physician. The treating physician and the patient are advised to consult the MTUS Opioids Treatment Guidelines ("Tapering opioids"), and if necessary, other relevant guidelines, regarding the most appropriate method for weaning and terminating opioids for this patient.$0',
      ],
    },
  };
}
