/**
 * Completion at a place in a letter: a small dispatcher on where the cursor is. In a guideline
 * paragraph that is the slot of the citation grammar the tokenizer's last token leaves open
 * (complete/cursor.ts); elsewhere the rationale's closing sentence, an item title's decision, or
 * what is missing at a line start. The candidates are ranked for the item's request, the MTUS
 * editions in force on the date its citations are judged by first.
 *
 *   "Claims Administrator guideline: " / "MAXIMUS guideline: "  -> whole citation sentences
 *   "Decision based on "                                        -> "MTUS" / "Non-MTUS Citation"
 *   "Decision based on MTUS " (or ", and ")                     -> guidelines with their editions
 *   "Section(s): " (or ", " in the list)                        -> the sections of that guideline
 *   "ACOEM Chapter "                                            -> the chapters with their titles
 *   "Non-MTUS Citation "                                        -> ODG chapters and topics, other sources
 *   "<item title>: "                                            -> Upheld / Overturned
 *   a line start                                                -> the headings and labels missing there
 */
import { judgingDateOf, letterDatesOf, today } from '../analysis/judgingDate';
import { profileOf } from '../analysis/relevance';
import type { Catalog } from '../catalog/catalog';
import type { Day } from '../catalog/editions';
import { ISSUES_INTRO, PARAGRAPH_LABELS } from '../grammar/vocabulary';
import type { LetterModel } from '../model';
import { NONE, ranked, type Builder, type Candidate, type CompletionContextKind, type CompletionResult } from './candidate';
import { chapterCandidates, componentCandidates, nonMtusBodies, odgTopicsOf, sectionCandidates, statementCandidates } from './citationCandidates';
import { guidelineSlot, itemAt, needsPeriod, paragraphBefore, type GuidelineSlot } from './cursor';
import { closingCandidates, decisionCandidates, letterCandidates, lineStartCandidates } from './letterCandidates';

export type { Candidate, CandidateKind, CompletionContextKind, CompletionResult } from './candidate';

const ISSUES_INTRO_START = new RegExp(`^\\s*${ISSUES_INTRO.pattern}`, 'i');

export function completionsAt(model: LetterModel, catalog: Catalog, offset: number, todayDay: Day = today()): CompletionResult {
  const at = Math.max(0, Math.min(offset, model.text.length));
  const line = model.lines.lineAt(at);
  const linePrefix = model.text.slice(line.start, at);
  const item = itemAt(model, at);
  const paragraph = paragraphBefore(model, at);
  const dates = letterDatesOf(model, todayDay);
  const source = paragraph.kind === 'claims-administrator' ? 'claims-administrator' : 'maximus';
  const day = item ? judgingDateOf(item, dates, source).day : (dates.urDenialDate ?? dates.decisionDate ?? dates.today);
  const profile = profileOf(item?.title.request, catalog);
  const period = needsPeriod(model, at);
  const builder = (replaceStart: number): Builder => ({ model, catalog, profile, replace: { start: Math.min(replaceStart, at), end: at }, period, day });
  const result = (context: CompletionContextKind, candidates: Candidate[]): CompletionResult => ({ context, candidates, request: item?.title.request });

  if (paragraph.kind === 'claims-administrator' || paragraph.kind === 'maximus') {
    const slot = guidelineSlot(paragraph.text, catalog);
    // Before the label's colon nothing is offered.
    if (!slot) return NONE;
    if (slot.kind === 'none') return result('none', []);
    const b = builder(paragraph.toSource(slot.from));
    return result(contextOf(slot), guidelineCandidates(b, slot, paragraph.kind, catalog));
  }

  // In a rationale, at a sentence start, while it has no conclusion yet: the closing sentence.
  if (paragraph.kind === 'rationale') {
    const m = /(?:[.!?]\s+|:\s*)([A-Za-z]*)$/u.exec(paragraph.text);
    if (!m || !item || item.rationale?.conclusion) return NONE;
    return result('rationale', closingCandidates(builder(paragraph.toSource(paragraph.text.length - m[1].length)), item));
  }

  // An item title's ": " -> the decision.
  const titleMatch = /^(.*\S)\s*:(\s*)([A-Za-z]*)$/u.exec(linePrefix);
  const issues = model.sections.find((s) => s.id === 'issues');
  const inIssues = issues
    ? at > issues.headingSpan.end && !model.sections.some((s) => s.headingSpan.start > issues.headingSpan.start && s.headingSpan.start <= at)
    : true;
  if (titleMatch && inIssues && !PARAGRAPH_LABELS.some((l) => l.pattern.test(linePrefix)) && !ISSUES_INTRO_START.test(paragraph.text)) {
    const partial = titleMatch[3];
    const owner = model.items.find((i) => i.title.lineSpan.start <= at && at <= i.title.lineSpan.end + 1) ?? item;
    return result('decision', decisionCandidates(builder(at - partial.length), owner, titleMatch[2] === '' ? ' ' : ''));
  }

  // A line start; in an empty document, a whole letter of today.
  const lineStart = /^\s*([A-Za-z(][^:]{0,60})?$/u.exec(linePrefix);
  if (lineStart) {
    const partial = lineStart[1] ?? '';
    const b = builder(at - partial.length);
    return result(
      'line-start',
      model.text.trim() === partial.trim()
        ? [...letterCandidates(b, dates.today), ...lineStartCandidates(b, at, partial)]
        : lineStartCandidates(b, at, partial),
    );
  }
  return NONE;
}

function contextOf(slot: Exclude<GuidelineSlot, { kind: 'none' }>): CompletionContextKind {
  return slot.kind === 'component' && slot.sectionsOf ? 'component' : slot.kind;
}

function guidelineCandidates(
  b: Builder,
  slot: Exclude<GuidelineSlot, { kind: 'none' }>,
  source: 'claims-administrator' | 'maximus',
  catalog: Catalog,
): Candidate[] {
  switch (slot.kind) {
    case 'statement':
      return statementCandidates(b, source, slot.prior);
    case 'decision-based-on':
      return decisionBasedOnCandidates(b, slot.prior.mtusOrOutside);
    case 'component': {
      const components = componentCandidates(b, !slot.sectionsOf);
      return slot.sectionsOf ? [...components, ...sectionsOf(b, slot.sectionsOf, catalog)] : components;
    }
    case 'section':
      return sectionsOf(b, slot.sectionsOf, catalog);
    case 'chapter':
      return chapterCandidates(b);
    case 'non-mtus':
      return ranked(nonMtusBodies(b, false));
    case 'odg-topic': {
      const chapter = catalog.odgChapterById(slot.chapterId);
      return chapter ? odgTopicsOf(b, chapter) : [];
    }
  }
}

function sectionsOf(b: Builder, owner: Extract<GuidelineSlot, { kind: 'section' }>['sectionsOf'], catalog: Catalog): Candidate[] {
  const component = owner.componentId ? catalog.componentById(owner.componentId) : undefined;
  if (!component || component.sections.length === 0) return [];
  return sectionCandidates(b, component, owner.year, owner.listed);
}

/** "MTUS" (unless an MTUS citation or the outside-of-MTUS sentence came already) and "Non-MTUS Citation". */
function decisionBasedOnCandidates(b: Builder, mtusCited: boolean): Candidate[] {
  const list: Candidate[] = [];
  if (!mtusCited)
    list.push({
      label: 'MTUS',
      kind: 'keyword',
      insertText: 'MTUS ',
      snippet: false,
      filterText: 'MTUS',
      detail: 'an MTUS guideline',
      replace: b.replace,
      retrigger: true,
      ref: { type: 'sentence', sentence: 'mtus' },
    });
  list.push({
    label: 'Non-MTUS Citation',
    kind: 'keyword',
    insertText: 'Non-MTUS Citation ',
    snippet: false,
    filterText: 'Non-MTUS Citation',
    detail: 'a guideline outside the MTUS',
    replace: b.replace,
    retrigger: true,
    ref: { type: 'sentence', sentence: 'non-mtus' },
  });
  return list;
}
