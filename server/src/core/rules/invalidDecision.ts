import type { Fix } from '../findings';
import { DECISION_VALUES, conclusionPolarity, decisionFor, nearestDecision } from './decisionWords';
import { defineRule } from './rule';

export const invalidDecision = defineRule({
  id: 'invalid-decision',
  defaultSeverity: 'error',
  description: 'A decision value other than "Upheld" or "Overturned".',
  tags: ['decision'],
  fixable: true,
  checkItem({ item, report }) {
    const decision = item.decision;
    if (!decision || decision.value) return;
    const nearest = nearestDecision(decision.raw);
    const implied = conclusionPolarity(item);
    const impliedValue = implied ? decisionFor(implied) : undefined;
    const best = impliedValue ?? nearest;
    const order = best ? [best, ...DECISION_VALUES.filter((v) => v !== best)] : [...DECISION_VALUES];
    const fixes: Fix[] = order.map((value) => ({
      title: `Change to "${value}"`,
      changes: [{ span: decision.span, newText: value }],
      // Safe when the word and the conclusion point the same way (or only one of them speaks).
      safe: value === best && (!impliedValue || !nearest || impliedValue === nearest),
    }));
    report({
      message: `"${decision.raw}" is not a decision value; use "Upheld" (the denial stands) or "Overturned" (the denial is reversed)${best ? `. Did you mean "${best}"?` : '.'}`,
      span: decision.span,
      fixes,
    });
  },
});
