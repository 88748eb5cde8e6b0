import { paragraphName } from '../grammar/vocabulary';
import { defineRule } from './rule';

const LABEL = `${paragraphName('rationale')}:`;

export const missingRationale = defineRule({
  id: 'missing-rationale',
  defaultSeverity: 'error',
  description: 'An item lacks its "Decision rationale:" paragraph.',
  tags: ['structure'],
  fixable: true,
  checkItem({ item, eol, report }) {
    if (item.rationale) return;
    const at = item.span.end;
    report({
      message: `"${item.title.text}" has no "Decision rationale:" paragraph; the rationale explains the decision and ends in a medical-necessity conclusion.`,
      span: item.title.span,
      fixes: [{ title: `Insert "${LABEL}"`, changes: [{ span: { start: at, end: at }, newText: `${eol}${eol}${LABEL} ` }], safe: false }],
    });
  },
});
