import { paragraphName } from '../grammar/vocabulary';
import type { ComponentReference, DisputedItem, GuidelineLine, MtusCitation } from '../model';

/** An item's guideline paragraphs, Claims Administrator first. */
export function guidelineLinesOf(item: DisputedItem): GuidelineLine[] {
  const lines: GuidelineLine[] = [];
  if (item.claimsAdministrator) lines.push(item.claimsAdministrator);
  if (item.maximus) lines.push(item.maximus);
  return lines;
}

export function labelOf(line: GuidelineLine): string {
  return paragraphName(line.source);
}

/** Every MTUS component an item's guideline paragraphs cite, with its sentence and paragraph. */
export function* mtusReferencesOf(item: DisputedItem): Generator<{ line: GuidelineLine; statement: MtusCitation; ref: ComponentReference }> {
  for (const line of guidelineLinesOf(item)) {
    for (const statement of line.statements) {
      if (statement.kind !== 'mtus') continue;
      for (const ref of statement.components) yield { line, statement, ref };
    }
  }
}
