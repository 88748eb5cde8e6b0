import { defineRule } from './rule';
import { guidelineLinesOf } from './guidelineLines';

export const noEvidenceWithCitation = defineRule({
  id: 'no-evidence-with-citation',
  defaultSeverity: 'error',
  description: '"... did not cite any medical evidence for its decision." followed by a citation.',
  tags: ['citation'],
  fixable: true,
  checkItem({ item, report }) {
    for (const line of guidelineLinesOf(item)) {
      const noEvidence = line.statements.find((s) => s.kind === 'no-evidence');
      if (!noEvidence) continue;
      const citations = line.statements.filter((s) => s.kind === 'mtus' || s.kind === 'non-mtus');
      if (citations.length === 0) continue;
      const first = citations[0];
      report({
        message: 'The line says no medical evidence was cited, then cites some. Keep either the citations or the "did not cite any medical evidence" sentence.',
        span: first.span,
        related: [{ span: noEvidence.span, message: 'the "did not cite any medical evidence" sentence' }],
        fixes: [{ title: 'Remove the "did not cite any medical evidence" sentence', changes: [{ span: noEvidence.span, newText: '' }], safe: false }],
      });
    }
  },
});
