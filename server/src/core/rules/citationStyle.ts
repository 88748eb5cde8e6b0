import { defineRule } from './rule';
import { guidelineLinesOf } from './guidelineLines';

export const citationStyle = defineRule({
  id: 'citation-style',
  defaultSeverity: 'warning',
  description:
    'A Non-MTUS citation that opens differently from the standard "Decision based on Non-MTUS Citation" ("NonMTUS Citation", "Non-MTUS" without "Citation").',
  tags: ['citation'],
  fixable: true,
  checkItem({ item, report }) {
    for (const line of guidelineLinesOf(item)) {
      for (const statement of line.statements) {
        if (statement.kind === 'non-mtus' && statement.deviation) {
          const { found, expected } = statement.deviation;
          report({
            message: `"${found.text}" is written "${expected}" in a determination.`,
            span: found.span,
            fixes: [{ title: `Change to "${expected}"`, changes: [{ span: found.span, newText: expected }], safe: true }],
          });
        }
      }
    }
  },
});
