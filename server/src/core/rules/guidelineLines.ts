import { paragraphName } from '../grammar/vocabulary';
import type { ComponentReference, DisputedItem, GuidelineLine, MtusCitation } from '../model';
import { memoByObject } from '../text/memoByText';

/** An item's guideline paragraphs, Claims Administrator first (listed once per item for the rules that ask). */
export const guidelineLinesOf = memoByObject((item: DisputedItem): readonly GuidelineLine[] => {
  const lines: GuidelineLine[] = [];
  if (item.claimsAdministrator) lines.push(item.claimsAdministrator);
  if (item.maximus) lines.push(item.maximus);
  return lines;
});

export function labelOf(line: GuidelineLine): string {
  return paragraphName(line.source);
}

export interface MtusReference {
  readonly line: GuidelineLine;
  readonly statement: MtusCitation;
  readonly ref: ComponentReference;
}

/** Every MTUS component an item's guideline paragraphs cite, with its sentence and paragraph: listed once per item for the five rules that ask. */
export const mtusReferencesOf = memoByObject((item: DisputedItem): readonly MtusReference[] => {
  const references: MtusReference[] = [];
  for (const line of guidelineLinesOf(item)) {
    for (const statement of line.statements) {
      if (statement.kind !== 'mtus') continue;
      for (const ref of statement.components) references.push({ line, statement, ref });
    }
  }
  return references;
});
