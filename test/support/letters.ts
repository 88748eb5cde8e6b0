/**
 * Letters for unit tests, written by the project in the real 2016-17 format. `letter()` builds a
 * clean letter; tests change one thing in it and assert the finding that change causes.
 */
import { wrap } from '../../bench/generateLetter';

export interface ItemParts {
  title: string;
  decision?: string;
  claimsAdministrator?: string | null;
  maximus?: string | null;
  rationale?: string | null;
}

export const HOW_MADE = `                 HOW THE IMR FINAL DETERMINATION WAS MADE
MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no
affiliation with the employer, employee, providers or the claims administrator. He/she has been
in active clinical practice for more than five years and is currently working at least 24 hours a
week in active practice. The expert reviewer was selected based on his/her clinical experience,
education, background, and expertise in the same or similar specialties that evaluate and/or treat
the medical condition and disputed items/Service. He/she is familiar with governing laws and
regulations, including the strength of evidence hierarchy that applies to Independent Medical
Review determinations.

The Expert Reviewer has the following credentials:
State(s) of Licensure: California
Certification(s)/Specialty: Physical Medicine & Rehabilitation
`;

export const HEADER = `Case Number:           CM16-0000001
Date Assigned:         12/09/2016                      Date of Injury:      03/14/2016
Decision Date:         01/06/2017                      UR Denial Date:      11/15/2016
Priority:              Standard                        Application          12/05/2016
                                                       Received:
`;

/** A header of a letter written today (2026): the citations are judged by its UR Denial Date. */
export const HEADER_2026 = `Case Number:           CM26-0000001
Date Assigned:         03/09/2026                      Date of Injury:      06/14/2025
Decision Date:         04/06/2026                      UR Denial Date:      02/13/2026
Priority:              Standard                        Application          02/20/2026
                                                       Received:
`;

export const SUMMARY = `                                CLINICAL CASE SUMMARY
The expert reviewer developed the following clinical case summary based on a review of the
case file, including all medical records:

The 47 year old male injured worker suffered an industrial injury on 03-14-2016. He reported
low back pain radiating to the left leg with numbness in the L5 dermatome. An MRI showed a
left L5-S1 disc protrusion contacting the S1 nerve root. Treatment has included physical
therapy and medications. The Utilization Review on 11-15-2016 non-certified the request.
`;

/** A case summary whose narrative ends with the given sentences (the real letters' request sentences go there). */
export function summaryWith(...sentences: string[]): string {
  return `                                CLINICAL CASE SUMMARY
The expert reviewer developed the following clinical case summary based on a review of the
case file, including all medical records:

The 47 year old male injured worker suffered an industrial injury on 03-14-2016. He reported
low back pain radiating to the left leg. ${sentences.join(' ')}
`;
}

export const ESI_ITEM: ItemParts = {
  title: 'Left L5-S1 transforaminal epidural steroid injection',
  decision: 'Upheld',
  claimsAdministrator: 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Epidural steroid injections (ESIs).',
  maximus:
    'Decision based on MTUS Low Back Complaints 2004, Section(s): Initial Care, and Chronic Pain Medical Treatment 2016, Section(s): Epidural steroid injections (ESIs).',
  rationale:
    'The MTUS recommends epidural steroid injections as an option for radicular pain when radiculopathy is documented by physical examination and corroborated by imaging studies and/or electrodiagnostic testing, after failure of conservative treatment. In this case the documentation does not show a trial of home exercise or NSAIDs, and the examination does not describe dermatomal sensory loss. Therefore, the request for left L5-S1 transforaminal epidural steroid injection is not medically necessary.',
};

export const KNEE_MRI_ITEM: ItemParts = {
  title: 'MRI of the right knee',
  decision: 'Overturned',
  claimsAdministrator: 'The Claims Administrator did not cite any medical evidence for its decision.',
  maximus: 'Decision based on MTUS Knee Complaints 2004, Section(s): Special Studies.',
  rationale:
    'The MTUS states that special studies are not needed to evaluate most knee complaints until after a period of conservative care and observation, but recommends MRI when a meniscus tear or ligament injury is suspected after that period. This worker has locking and a positive McMurray test after six weeks of therapy. As such, the request for MRI of the right knee is medically necessary.',
};

export function itemText(item: ItemParts): string {
  const parts: string[] = [];
  parts.push(item.decision === undefined ? item.title : `${item.title}: ${item.decision}`);
  if (item.claimsAdministrator !== null) parts.push(wrap(`Claims Administrator guideline: ${item.claimsAdministrator ?? ''}`));
  if (item.maximus !== null) parts.push(wrap(`MAXIMUS guideline: ${item.maximus ?? ''}`));
  if (item.rationale !== null) parts.push(wrap(`Decision rationale: ${item.rationale ?? ''}`));
  return parts.join('\n\n') + '\n';
}

export interface LetterParts {
  header?: string;
  howMade?: string | null;
  summary?: string | null;
  issuesHeading?: string | null;
  items?: ItemParts[];
}

export function letter(parts: LetterParts = {}): string {
  const blocks: string[] = [parts.header ?? HEADER];
  if (parts.howMade !== null) blocks.push(parts.howMade ?? HOW_MADE);
  if (parts.summary !== null) blocks.push(parts.summary ?? SUMMARY);
  if (parts.issuesHeading !== null) {
    blocks.push(
      `${parts.issuesHeading ?? '                       IMR ISSUES, DECISIONS AND RATIONALES'}\nThe Final Determination was based on decisions for the disputed items/services set forth below:\n`,
    );
  }
  for (const item of parts.items ?? [ESI_ITEM, KNEE_MRI_ITEM]) blocks.push(itemText(item));
  return blocks.join('\n');
}
