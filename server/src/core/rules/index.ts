/**
 * The rule registry: the one list every consumer reads (the engine, the settings and config
 * schemas, the generated docs). Order is the order findings are listed in for one place.
 */
import { chapterTitleMismatch } from './chapterTitleMismatch';
import { citationEditionMismatch } from './citationEditionMismatch';
import { citationExtraWords } from './citationExtraWords';
import { citationFormat } from './citationFormat';
import { citationStyle } from './citationStyle';
import { conclusionNamesOtherRequest } from './conclusionNamesOtherRequest';
import { dateInvalid } from './dateInvalid';
import { dateMismatch } from './dateMismatch';
import { dateOrder } from './dateOrder';
import { decisionConclusionMismatch } from './decisionConclusionMismatch';
import { duplicateSection } from './duplicateSection';
import { frequencyMismatch } from './frequencyMismatch';
import { guidelineNotInForce } from './guidelineNotInForce';
import { headingSpelling } from './headingSpelling';
import { invalidDecision } from './invalidDecision';
import { lateralityMismatch } from './lateralityMismatch';
import { levelMismatch } from './levelMismatch';
import { missingConclusion } from './missingConclusion';
import { missingDecision } from './missingDecision';
import { missingGuidelineLine } from './missingGuidelineLine';
import { missingRationale } from './missingRationale';
import { missingSection } from './missingSection';
import { noDisputedItems } from './noDisputedItems';
import { noEvidenceWithCitation } from './noEvidenceWithCitation';
import { outsideMtusWithoutCitation } from './outsideMtusWithoutCitation';
import { possiblePhi } from './possiblePhi';
import { procedureGuidelineMismatch } from './procedureGuidelineMismatch';
import { quantityMismatch } from './quantityMismatch';
import { rationaleCitationMismatch } from './rationaleCitationMismatch';
import { regionMismatch } from './regionMismatch';
import type { Rule } from './rule';
import { sectionOrder } from './sectionOrder';
import { unknownCitation } from './unknownCitation';

/** The clinical-consistency rules (spinal levels, sides, copied rationales, dates, quantities, PHI). */
const CONSISTENCY_RULES: readonly Rule[] = [
  levelMismatch,
  lateralityMismatch,
  conclusionNamesOtherRequest,
  rationaleCitationMismatch,
  dateInvalid,
  dateOrder,
  dateMismatch,
  quantityMismatch,
  frequencyMismatch,
  possiblePhi,
];

export const RULES: readonly Rule[] = [
  missingSection,
  sectionOrder,
  duplicateSection,
  headingSpelling,
  noDisputedItems,
  missingDecision,
  invalidDecision,
  missingGuidelineLine,
  missingRationale,
  missingConclusion,
  decisionConclusionMismatch,
  citationFormat,
  citationStyle,
  citationExtraWords,
  unknownCitation,
  chapterTitleMismatch,
  citationEditionMismatch,
  guidelineNotInForce,
  outsideMtusWithoutCitation,
  noEvidenceWithCitation,
  procedureGuidelineMismatch,
  regionMismatch,
  ...CONSISTENCY_RULES,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export const CONSISTENCY_RULE_IDS: readonly string[] = CONSISTENCY_RULES.map((r) => r.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
