import type { Conclusion, DecisionValue } from '../model';
import type { Fix } from '../findings';
import { defineRule } from './rule';

/** The conclusion phrase with its polarity reversed ("is not medically necessary" <-> "is medically necessary"). */
export function flippedPhrase(conclusion: Conclusion, phrase: string): string {
  if (conclusion.polarity === 'positive') return phrase.replace(/\b(medically|supported|warranted)/i, 'not $1');
  return phrase
    .replace(/\bcannot\b/i, 'can')
    .replace(/\bnot\s+/i, '')
    .replace(/n't\b/i, '')
    .replace(/\bno\s+longer\s+/i, '')
    .replace(/\bunnecessary\b/i, 'necessary');
}

export const decisionConclusionMismatch = defineRule({
  id: 'decision-conclusion-mismatch',
  defaultSeverity: 'error',
  description: 'The decision and the closing conclusion disagree: Upheld with "medically necessary", or Overturned with "not medically necessary".',
  tags: ['decision'],
  fixable: true,
  checkItem({ item, textOf, report }) {
    const decision: DecisionValue | undefined = item.decision;
    const conclusion = item.rationale?.conclusion;
    if (!decision?.value || !conclusion) return;
    const expected = decision.value === 'Upheld' ? 'negative' : 'positive';
    if (conclusion.polarity === expected) return;
    const other = decision.value === 'Upheld' ? 'Overturned' : 'Upheld';
    const fixes: Fix[] = [
      { title: `Change the decision to "${other}"`, changes: [{ span: decision.span, newText: other }], safe: false },
      {
        title: `Change the conclusion to "${flippedPhrase(conclusion, textOf(conclusion.phraseSpan))}"`,
        changes: [{ span: conclusion.phraseSpan, newText: flippedPhrase(conclusion, textOf(conclusion.phraseSpan)) }],
        safe: false,
      },
    ];
    report({
      message:
        decision.value === 'Upheld'
          ? `The item is Upheld (the denial stands), but the rationale concludes that the request is medically necessary. Upheld goes with "not medically necessary"; Overturned with "medically necessary".`
          : `The item is Overturned (the denial is reversed), but the rationale concludes that the request is not medically necessary. Overturned goes with "medically necessary"; Upheld with "not medically necessary".`,
      span: conclusion.phraseSpan,
      related: [{ span: decision.span, message: `decision: ${decision.raw}` }],
      fixes,
    });
  },
});
