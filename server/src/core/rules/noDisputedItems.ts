import { defineRule } from './rule';

export const noDisputedItems = defineRule({
  id: 'no-disputed-items',
  defaultSeverity: 'error',
  description: 'The issues section lists no disputed item ("<request>: Upheld|Overturned" with its guideline lines and rationale).',
  tags: ['structure'],
  fixable: false,
  check({ model, report }) {
    const issues = model.sections.find((s) => s.id === 'issues');
    if (!issues || model.items.length > 0) return;
    report({
      message:
        'The issues section lists no disputed item. Each item is a title line "<request>: Upheld" or "<request>: Overturned", then "Claims Administrator guideline:", "MAXIMUS guideline:" and "Decision rationale:".',
      span: issues.headingSpan,
    });
  },
});
