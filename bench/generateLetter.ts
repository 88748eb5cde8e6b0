/**
 * Writes synthetic letters in the real 2016-17 format (header table, indented headings,
 * hard-wrapped paragraphs, item blocks) of any size, for benchmarks and robustness tests.
 * The requests rotate through several procedure families and body regions so that every rule
 * has work to do; one item in seven carries a defect.
 */
const REQUESTS: readonly { title: string; maximus: string; rationale: string; decision: 'Upheld' | 'Overturned' }[] = [
  {
    title: 'Left L5-S1 transforaminal epidural steroid injection',
    maximus:
      'Decision based on MTUS Low Back Complaints 2004, Section(s): Initial Care, and Chronic Pain Medical Treatment 2016, Section(s): Epidural steroid injections (ESIs).',
    rationale:
      'The MTUS recommends epidural steroid injections as an option for radicular pain when radiculopathy is documented by physical examination and corroborated by imaging studies and/or electrodiagnostic testing, after failure of conservative treatment. The documentation does not show dermatomal findings. Therefore, the request for left L5-S1 transforaminal epidural steroid injection is not medically necessary.',
    decision: 'Upheld',
  },
  {
    title: 'MRI of the right knee',
    maximus: 'Decision based on MTUS Knee Complaints 2004, Section(s): Special Studies.',
    rationale:
      'Special studies are not needed to evaluate most knee complaints until after a period of conservative care, but MRI is recommended when a meniscus tear is suspected after that period. This worker has locking after six weeks of therapy. As such, the request for MRI of the right knee is medically necessary.',
    decision: 'Overturned',
  },
  {
    title: 'Physical therapy 2 times a week for 6 weeks for the cervical spine',
    maximus: 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment.',
    rationale:
      'The MTUS allows 9-10 visits over 8 weeks for myalgia and myositis and 8-10 visits over 4 weeks for neuralgia, neuritis, and radiculitis. The worker has completed 12 visits without documented functional improvement. As such, the request for physical therapy 2 times a week for 6 weeks for the cervical spine is not medically necessary.',
    decision: 'Upheld',
  },
  {
    title: 'Norco 10/325mg #60',
    maximus:
      'Decision based on MTUS Opioid Treatment 2016, Section(s): 3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment.',
    rationale:
      'The guideline asks for documentation of pain relief, functional improvement, adverse effects and aberrant behavior at each visit. None of these is documented and no urine drug test is on file. Therefore, the request for Norco 10/325mg #60 is not medically necessary.',
    decision: 'Upheld',
  },
];

const DEFECT_RATIONALE =
  'Per ODG, facet blocks are not recommended except as a diagnostic tool, and no more than one therapeutic intra-articular block is suggested before neurotomy. There is no facet arthropathy on imaging. Therefore, the request is not medically necessary.';

/** Hard-wraps a paragraph at `width` columns, as the PDF text of real letters is. */
export function wrap(text: string, width = 96): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

const HEAD = `Case Number:           CM16-0999999
Date Assigned:         12/09/2016                      Date of Injury:      03/14/2016
Decision Date:         01/06/2017                      UR Denial Date:      11/15/2016
Priority:              Standard                        Application          12/05/2016
                                                       Received:

                 HOW THE IMR FINAL DETERMINATION WAS MADE
${wrap('MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no affiliation with the employer, employee, providers or the claims administrator. He/she has been in active clinical practice for more than five years and is currently working at least 24 hours a week in active practice.')}

The Expert Reviewer has the following credentials:
State(s) of Licensure: California
Certification(s)/Specialty: Physical Medicine & Rehabilitation

                                CLINICAL CASE SUMMARY
The expert reviewer developed the following clinical case summary based on a review of the
case file, including all medical records:

${wrap('The 47 year old male injured worker suffered an industrial injury on 03-14-2016. He reported low back and neck pain. Treatment has included physical therapy and medications. The Utilization Review on 11-15-2016 non-certified the requests.')}

                       IMR ISSUES, DECISIONS AND RATIONALES
The Final Determination was based on decisions for the disputed items/services set forth below:
`;

export function itemBlock(n: number): string {
  const request = REQUESTS[n % REQUESTS.length];
  const defect = n % 7 === 6;
  const title = `${request.title} (item ${n + 1})`;
  const rationale = defect ? DEFECT_RATIONALE : request.rationale.replace(request.title, title);
  return [
    `${title}: ${request.decision}`,
    wrap(`Claims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.`),
    wrap(`MAXIMUS guideline: ${request.maximus}`),
    wrap(`Decision rationale: ${rationale}`),
  ].join('\n\n');
}

/** A letter of at least `bytes` characters. */
export function generateLetter(bytes: number): string {
  const parts = [HEAD];
  let size = HEAD.length;
  for (let n = 0; size < bytes; n++) {
    const block = `\n${itemBlock(n)}\n`;
    parts.push(block);
    size += block.length;
  }
  return parts.join('');
}
