/**
 * The server's idle time before its first document: analyses of a small built-in letter and of
 * the project's example letters, with keystrokes in each. V8 compiles functions and regular
 * expressions on first use and runs them slowly until they are hot, so the first letter analysed
 * in a process costs several times any later one. Paid while the server waits (the extension also
 * starts it with a workspace that holds letters), that cost is not the first letter's; the server
 * stops warming up as soon as a document is open, so a letter that starts the server waits for one
 * step at most.
 *
 * Measured on the largest corpus letter, alone in a new process after the warm-up (the first analysis
 * is in `npm run bench`, bench/firstAnalysis.ts):
 * of the functions the corpus letters run, the built-in letter's warm-up left 75 never run and the
 * examples 39; the first analysis took 10-12 ms instead of 21, and the first 32 keystrokes
 * after it 0.7 ms instead of 0.9 (median). The examples' garbage then left a full collection due
 * during the first letter, so the warm-up ends with one (`afterwards`).
 *
 * What the warm-up never meets, the first letter pays for: after it, 34 of the patterns the corpus
 * letters use had never run (each is compiled at its first use), most of them reached only by a
 * long case summary (dates tied to the injury, the review, the request for authorization and the
 * reports), a modified request or a line outside the MTUS. An example letter with all of these
 * (examples/clean-2016-long-case-summary-modified-request.imr) left 16, and the first analysis of
 * the largest corpus letter took 9.6 ms instead of 12.1 (medians of 11 processes each, alternating).
 * Variety still counts once the patterns have all run: two more such letters, one of medications
 * and studies, one of surgery, injections and items decided outside the MTUS, each took the first
 * open over the protocol down by 1.5 ms (17.9 to 16.3, then 12.3 to 10.8 in a faster hour; 15
 * fresh servers each, alternating), for 10-30 ms more warm-up each: it takes about 200-250 ms.
 * Alone in a process (bench/firstAnalysis.ts) the first analysis measures slower with them, 12-15
 * ms against 8-9, for a reason not found; the protocol is what an editor meets.
 */
import type { Catalog } from '../core/catalog/catalog';
import type { Analysis } from '../core/analyze';
import { toDiagnostic } from '../core/diagnostics';
import { SUMMARY_OPENING } from '../core/complete/letterSkeleton';
import { CREDENTIAL_LINES, ISSUES_INTRO } from '../core/grammar/vocabulary';
import { headingName } from '../core/parse/sections';
import EXAMPLE_LETTERS from './exampleLetters.json';
import { analyzeLetter, letterOptions, type LetterOptions } from './letterOptions';

/**
 * A letter of today's layout whose items reach most of the parser and the rules: a case summary
 * restating a request, spinal levels and sides, a frequency, a quantity, a number word, MTUS,
 * ODG and no-evidence paragraphs, and a rationale argued from the wrong criteria.
 */
export const WARM_UP_LETTER = `Case Number:           CM26-0000001
Date Assigned:         03/09/2026
Date of Injury:        06/14/2025
Decision Date:         04/06/2026
UR Denial Date:        02/13/2026
Priority:              Standard
Application Received:  02/20/2026

${headingName('how-made')}
An expert reviewer received the case file from MAXIMUS Federal Services.

${CREDENTIAL_LINES.map((line) => (line.example ? `${line.canonical}: ${line.example}` : `${line.canonical}:`)).join('\n')}

${headingName('case-summary')}
${SUMMARY_OPENING}

The 52 year old female injured worker suffered an industrial injury on 06-14-2025. On 02-13-2026
the claims administrator failed to approve a request for a left L4-5 transforaminal epidural
steroid injection. Request(s) under consideration include Norco 10/325mg #90.

${headingName('issues')}
${ISSUES_INTRO.canonical}

Left L5-S1 transforaminal epidural steroid injection: Upheld

Claims Administrator guideline: Decision based on MTUS Low Back Disorders 2020.

MAXIMUS guideline: Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Low
Back, Facet joint diagnostic blocks (injections).

Decision rationale: Regarding the request for right L5-S1 transforaminal epidural steroid
injection, facet blocks are limited to patients with facet pain and no more than one facet block
is suggested before neurotomy. Therefore, the request is not medically necessary.

Physical therapy 2 times a week for 6 weeks for the cervical spine: Overturned

Claims Administrator guideline: The Claims Administrator did not cite any medical evidence for
its decision.

MAXIMUS guideline: Decision based on MTUS Cervical and Thoracic Spine Disorders 2019.

Decision rationale: Twelve (12) sessions of therapy are supported after surgery. As such, the
request for physical therapy 3 times a week for 4 weeks is medically necessary.

Norco 10/325mg #60: Upheld

Claims Administrator guideline: Decision based on MTUS Chronic Pain 2017.

MAXIMUS guideline: Decision based on MTUS Opioids 2017, Section(s): Opioid Use.

Decision rationale: No urine drug test is on file. Therefore, the request for Norco 10/325mg #60
is not medically necessary.
`;

/** Where the warm-up types: in the case summary (every item is re-attributed) and inside the first item (the items after it move). */
const TYPING_AT = [WARM_UP_LETTER.indexOf('suffered an industrial'), WARM_UP_LETTER.indexOf('injection, facet blocks')];

/** Keystrokes typed into the built-in letter, at its two places. */
const LETTER_KEYSTROKES = 16;

/** Keystrokes typed into each example letter: a space typed at the end of a line, then taken back, at four places. */
const EXAMPLE_KEYSTROKES = 16;

/** The ends of the lines a fifth, two, three and four fifths into a letter: where the warm-up types in an example. */
function examplePlaces(text: string): number[] {
  return [1, 2, 3, 4].map((fifth) => {
    const end = text.indexOf('\n', Math.floor((text.length * fifth) / 5));
    return end < 0 ? text.length : end;
  });
}

/** Keystrokes into `text` from `analysis` (its analysis): a space typed at a place, then taken back, place after place. */
function* keystrokes(
  text: string,
  places: readonly number[],
  count: number,
  catalog: Catalog,
  options: LetterOptions,
  analysis: Analysis,
): Generator<void, void, void> {
  for (let keystroke = 0; keystroke < count; keystroke++) {
    const at = places[Math.floor(keystroke / 2) % places.length];
    const typed = keystroke % 2 === 0 ? `${text.slice(0, at)} ${text.slice(at)}` : text;
    analysis = analyzeLetter(typed, catalog, options, analysis);
    for (const finding of analysis.findings) toDiagnostic(finding, analysis.model.lines, 'warm-up:');
    yield;
  }
}

/**
 * The warm-up, one analysis a step: the built-in letter a few times, then keystrokes into it
 * incrementally, with the findings turned into diagnostics, as for documents opened and edited;
 * then each example letter opened and typed into. (Measured: one analysis leaves the first letter
 * at about half its cold cost; three and sixteen keystrokes, at about a third.)
 */
export function* warmUpSteps(catalog: Catalog): Generator<void, void, void> {
  const options = letterOptions(undefined, {}, []);
  let analysis = analyzeLetter(WARM_UP_LETTER, catalog, options);
  yield;
  for (let again = 1; again < 3; again++) {
    analysis = analyzeLetter(`${WARM_UP_LETTER}${' '.repeat(again)}`, catalog, options);
    yield;
  }
  yield* keystrokes(WARM_UP_LETTER, TYPING_AT, LETTER_KEYSTROKES, catalog, options, analysis);
  for (const example of EXAMPLE_LETTERS) {
    const opened = analyzeLetter(example, catalog, options);
    yield;
    yield* keystrokes(example, examplePlaces(example), EXAMPLE_KEYSTROKES, catalog, options, opened);
  }
}

/** How many steps the warm-up takes (each one analysis). */
export const WARM_UP_STEP_COUNT = 3 + LETTER_KEYSTROKES + EXAMPLE_LETTERS.length * (1 + EXAMPLE_KEYSTROKES);

/**
 * Runs the warm-up a step per turn of the event loop while `idle()` says nothing else is to be
 * done; once every step has run, `afterwards` (the host's garbage collection, when it has one).
 */
export function warmUpWhileIdle(catalog: Catalog, idle: () => boolean, afterwards?: () => void): void {
  const steps = warmUpSteps(catalog);
  const step = () => {
    if (!idle()) return;
    if (!steps.next().done) setImmediate(step);
    else afterwards?.();
  };
  setImmediate(step);
}
