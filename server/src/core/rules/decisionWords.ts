import type { Decision, DisputedItem, Polarity } from '../model';
import { editDistance } from '../text/similarity';

export const DECISION_VALUES: readonly Decision[] = ['Upheld', 'Overturned'];

/** Words reviewers type for the two outcomes: the denial stands (Upheld) or is reversed (Overturned). */
const SYNONYMS: Readonly<Record<string, Decision>> = {
  uphold: 'Upheld',
  upheld: 'Upheld',
  upholds: 'Upheld',
  denied: 'Upheld',
  deny: 'Upheld',
  'non-certified': 'Upheld',
  noncertified: 'Upheld',
  affirmed: 'Upheld',
  overturn: 'Overturned',
  overturns: 'Overturned',
  overturned: 'Overturned',
  overruled: 'Overturned',
  reversed: 'Overturned',
  approved: 'Overturned',
  certified: 'Overturned',
  authorized: 'Overturned',
};

/** The decision a mistyped value most likely means, if it is close to one. */
export function nearestDecision(raw: string): Decision | undefined {
  const key = raw.toLowerCase();
  if (SYNONYMS[key]) return SYNONYMS[key];
  let best: { value: Decision; distance: number } | undefined;
  for (const value of DECISION_VALUES) {
    const distance = editDistance(key, value.toLowerCase(), 4);
    if (distance <= 4 && (!best || distance < best.distance)) best = { value, distance };
  }
  return best?.value;
}

/** The decision a conclusion implies: a negative conclusion upholds the denial. */
export function decisionFor(polarity: Polarity): Decision {
  return polarity === 'negative' ? 'Upheld' : 'Overturned';
}

export function conclusionPolarity(item: DisputedItem): Polarity | undefined {
  return item.rationale?.conclusion?.polarity;
}
