import { defineRule } from './rule';
import { guidelineLines } from './guidelineLines';

export const citationStyle = defineRule({
  id: 'citation-style',
  defaultSeverity: 'warning',
  description: 'A citation that the grammar tolerates but writes differently from the standard form ("NonMTUS Citation", "Non-MTUS" without "Citation", "2016 Guidelines").',
  tags: ['citation'],
  fixable: true,
  check({ model, report }) {
    for (const { line } of guidelineLines(model)) {
      for (const statement of line.statements) {
        if (statement.kind === 'non-mtus' && statement.deviation) {
          const { found, expected } = statement.deviation;
          report({
            message: `"${found.text}" is written "${expected}" in a determination.`,
            span: found.span,
            fixes: [{ title: `Change to "${expected}"`, changes: [{ span: found.span, newText: expected }], safe: true }],
          });
        }
        if (statement.kind === 'mtus') {
          for (const ref of statement.components) {
            if (!ref.extraWords || !ref.year) continue;
            const extra = ref.extraWords;
            report({
              message: `"${ref.year.text} ${extra.text}" is not part of the component name; the citation reads "${ref.name.text} ${ref.year.text}, Section(s): ...".`,
              span: extra.span,
              fixes: [{ title: `Remove "${extra.text}"`, changes: [{ span: { start: ref.year.span.end, end: extra.span.end }, newText: '' }], safe: true }],
            });
          }
        }
      }
    }
  },
});
