import { describeLevels, findLevels, levelSet, levelsDiffer, type LevelMention } from '../analysis/levels';
import { requestOffset } from '../analysis/requests';
import { contradictions, PLACE_NAMES } from '../analysis/restatements';
import type { Fix } from '../findings';
import { defineRule } from './rule';

function differ(a: readonly LevelMention[], b: readonly LevelMention[]): boolean {
  return levelsDiffer(levelSet(a), levelSet(b));
}

/**
 * A summary sentence may name the request's levels among others ("a repeat left L5-S1 injection
 * after the prior L4-5 injection"): it contradicts the request only when it leaves some of the
 * request's levels out.
 */
function differInSummary(own: readonly LevelMention[], other: readonly LevelMention[]): boolean {
  if (!differ(own, other)) return false;
  const theirs = levelSet(other);
  const ours = levelSet(own);
  const covers = [...ours.segments].every((s) => theirs.segments.has(s)) && [...ours.single].every((v) => theirs.vertebrae.has(v));
  return !covers;
}

function covered(mentions: readonly LevelMention[]): string {
  const segments = [...new Set(mentions.flatMap((m) => m.segments))];
  const written = describeLevels(mentions);
  if (segments.length < 2) return written;
  return `${written} (${segments.join(', ')})`;
}

export const levelMismatch = defineRule({
  id: 'level-mismatch',
  defaultSeverity: 'warning',
  description:
    'The spinal levels of the request differ from those a restatement of it names: the rationale\'s opening or closing sentence, the case summary ("L4-S1" vs "L5-S1"; a range such as L4-S1 covers L4-5 and L5-S1).',
  tags: ['clinical'],
  fixable: true,
  checkItem({ item, summary, report }) {
    for (const { restatement, own, other, titleIsOddOneOut } of contradictions(item, summary, findLevels, differ, differInSummary)) {
      const { phrase } = restatement;
      const place = PLACE_NAMES[restatement.place];
      const base = requestOffset(item);
      const titleSpan = item.title.joined.spanOf(base + own[0].start, base + own[own.length - 1].end);
      const span = phrase.content.spanOf(phrase.start + other[0].start, phrase.start + other[other.length - 1].end);
      const fixes: Fix[] =
        own.length === 1 && other.length === 1
          ? [
              { title: `Change "${other[0].text}" to "${own[0].text}", as in the request`, changes: [{ span, newText: own[0].text }], safe: false },
              {
                title: `Change the request's "${own[0].text}" to "${other[0].text}", as every restatement says`,
                changes: [{ span: titleSpan, newText: other[0].text }],
                safe: false,
              },
            ]
          : [];
      // The title's fix only where the title is the odd one out: it is then offered first.
      if (fixes.length === 2) {
        if (titleIsOddOneOut) fixes.reverse();
        else fixes.pop();
      }
      report({
        message: `The request is for ${covered(own)}, but ${place} names ${covered(other)}. Name the request's levels there, or correct the request.`,
        span,
        related: [{ span: titleSpan, message: `the request's levels: ${describeLevels(own)}` }],
        fixes,
      });
    }
  },
});
