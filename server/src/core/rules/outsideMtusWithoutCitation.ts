import { defineRule } from './rule';
import { guidelineLinesOf } from './guidelineLines';

export const outsideMtusWithoutCitation = defineRule({
  id: 'outside-mtus-without-citation',
  defaultSeverity: 'error',
  description: '"... based their decision on recommendation(s) outside of the MTUS Guidelines." with no Non-MTUS citation after it.',
  tags: ['citation'],
  fixable: true,
  checkItem({ item, report }) {
    for (const line of guidelineLinesOf(item)) {
      line.statements.forEach((statement, i) => {
        if (statement.kind !== 'outside-mtus') return;
        if (line.statements.slice(i + 1).some((s) => s.kind === 'non-mtus')) return;
        const at = line.span.end;
        report({
          message:
            'The line says the decision rests on recommendations outside of the MTUS but cites none. Add "Decision based on Non-MTUS Citation <source>."',
          span: statement.span,
          fixes: [
            { title: 'Add a Non-MTUS citation', changes: [{ span: { start: at, end: at }, newText: ' Decision based on Non-MTUS Citation ' }], safe: false },
          ],
        });
      });
    }
  },
});
