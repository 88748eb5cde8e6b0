import { paragraphName } from '../grammar/vocabulary';
import type { DisputedItem, GuidelineSource } from '../model';
import { defineRule } from './rule';

/** "Claims Administrator guideline:" / "MAXIMUS guideline:", as the vocabulary writes them. */
const LABEL: Record<GuidelineSource, string> = { 'claims-administrator': `${paragraphName('claims-administrator')}:`, maximus: `${paragraphName('maximus')}:` };

/** Where a missing paragraph goes: before the next paragraph in canonical order, else after the title. */
function insertionPoint(item: DisputedItem, source: GuidelineSource): number | undefined {
  const after = source === 'claims-administrator' ? [item.maximus?.labelSpan, item.rationale?.labelSpan] : [item.rationale?.labelSpan];
  return after.find((s) => s !== undefined)?.start;
}

export const missingGuidelineLine = defineRule({
  id: 'missing-guideline-line',
  defaultSeverity: 'error',
  description: 'An item lacks its "Claims Administrator guideline:" or "MAXIMUS guideline:" paragraph.',
  tags: ['structure', 'citation'],
  fixable: true,
  checkItem({ item, eol, report }) {
    for (const source of ['claims-administrator', 'maximus'] as const) {
      if ((source === 'claims-administrator' ? item.claimsAdministrator : item.maximus) !== undefined) continue;
      const at = insertionPoint(item, source);
      report({
        message: `"${item.title.text}" has no "${LABEL[source]}" paragraph. Each item states the ${source === 'maximus' ? "expert reviewer's" : "claims administrator's"} guideline citations before the rationale.`,
        span: item.title.span,
        fixes:
          at === undefined
            ? []
            : [{ title: `Insert "${LABEL[source]}"`, changes: [{ span: { start: at, end: at }, newText: `${LABEL[source]} ${eol}${eol}` }], safe: false }],
      });
    }
  },
});
