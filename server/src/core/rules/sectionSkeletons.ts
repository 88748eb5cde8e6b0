import type { SectionId } from '../model';
import { headingDefinition } from '../parse/sections';

/** The text a missing section is inserted with: its heading and the fixed opening every letter has. */
export function sectionSkeleton(id: SectionId, eol: string): string {
  const heading = headingDefinition(id).canonical;
  switch (id) {
    case 'how-made':
      return [
        heading,
        'MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no affiliation with the employer, employee, providers or the claims administrator. He/she has been in active clinical practice for more than five years and is currently working at least 24 hours a week in active practice. The expert reviewer was selected based on his/her clinical experience, education, background, and expertise in the same or similar specialties that evaluate and/or treat the medical condition and disputed items/Service. He/she is familiar with governing laws and regulations, including the strength of evidence hierarchy that applies to Independent Medical Review determinations.',
        '',
        'The Expert Reviewer has the following credentials:',
        'State(s) of Licensure: ',
        'Certification(s)/Specialty: ',
        '',
        '',
      ].join(eol);
    case 'case-summary':
      return [
        heading,
        'The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:',
        '',
        '',
        '',
      ].join(eol);
    case 'issues':
      return [heading, 'The Final Determination was based on decisions for the disputed items/services set forth below:', '', ''].join(eol);
  }
}
