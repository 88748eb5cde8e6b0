import type { Fix } from '../findings';
import { DECISION_VALUES, conclusionPolarity, decisionFor } from './decisionWords';
import { defineRule } from './rule';

export const missingDecision = defineRule({
  id: 'missing-decision',
  defaultSeverity: 'error',
  description: 'An item title has no decision value after its last ": ".',
  tags: ['decision'],
  fixable: true,
  checkItem({ item, report }) {
    if (item.decision) return;
    const endsWithColon = /:\s*$/u.test(item.title.joined.text);
    const implied = conclusionPolarity(item);
    const fixes: Fix[] = DECISION_VALUES.map((value) => ({
      title: `Add the decision "${value}"`,
      changes: [{ span: { start: item.title.insertAt, end: item.title.insertAt }, newText: `${endsWithColon ? ' ' : ': '}${value}` }],
      // With a conclusion to go by, the decision it implies is the one right fix.
      safe: implied !== undefined && decisionFor(implied) === value,
    }));
    fixes.sort((a, b) => Number(b.safe) - Number(a.safe));
    report({
      message: `"${item.title.text}" has no decision. The title ends with ": Upheld" or ": Overturned"${implied ? `; the rationale concludes ${implied === 'negative' ? 'not medically necessary, i.e. Upheld' : 'medically necessary, i.e. Overturned'}` : ''}.`,
      span: item.title.span,
      related: item.rationale?.conclusion ? [{ span: item.rationale.conclusion.phraseSpan, message: 'the conclusion' }] : [],
      fixes,
    });
  },
});
