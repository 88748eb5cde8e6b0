import type { DisputedItem, GuidelineLine } from '../model';

/** An item's guideline paragraphs, Claims Administrator first. */
export function guidelineLinesOf(item: DisputedItem): GuidelineLine[] {
  const lines: GuidelineLine[] = [];
  if (item.claimsAdministrator) lines.push(item.claimsAdministrator);
  if (item.maximus) lines.push(item.maximus);
  return lines;
}

export function labelOf(line: GuidelineLine): string {
  return line.source === 'maximus' ? 'MAXIMUS guideline' : 'Claims Administrator guideline';
}
