import type { DisputedItem, GuidelineLine, LetterModel } from '../model';

/** Every guideline paragraph of the letter, with its item. */
export function* guidelineLines(model: LetterModel): Generator<{ item: DisputedItem; line: GuidelineLine }> {
  for (const item of model.items) {
    if (item.claimsAdministrator) yield { item, line: item.claimsAdministrator };
    if (item.maximus) yield { item, line: item.maximus };
  }
}

export function labelOf(line: GuidelineLine): string {
  return line.source === 'maximus' ? 'MAXIMUS guideline' : 'Claims Administrator guideline';
}
