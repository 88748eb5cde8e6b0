import { findSides, sideLabel, sidesDiffer, type SideMention } from '../analysis/laterality';
import { requestOffset } from '../analysis/requests';
import { contradictions, PLACE_NAMES } from '../analysis/restatements';
import type { Fix } from '../findings';
import { defineRule } from './rule';

/** The side word in the case of the word it replaces ("Left" for "Right", "left" for "right"). */
function inCaseOf(word: string, like: string): string {
  if (like === like.toUpperCase()) return word.toUpperCase();
  return like[0] === like[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
}

function sides(mentions: readonly SideMention[]): string {
  const label = sideLabel(mentions);
  return label === 'left' || label === 'right' ? `the ${label} side` : label === 'bilateral' ? 'both sides (bilateral)' : 'both sides';
}

export const lateralityMismatch = defineRule({
  id: 'laterality-mismatch',
  defaultSeverity: 'warning',
  description:
    "Left, right or bilateral differs between the request and a restatement of it: the rationale's opening or closing sentence, the case summary's request.",
  tags: ['clinical'],
  fixable: true,
  checkItem({ item, summary, report }) {
    for (const { restatement, own, other, titleIsOddOneOut } of contradictions<SideMention>(item, summary, findSides, sidesDiffer)) {
      const { phrase } = restatement;
      const place = PLACE_NAMES[restatement.place];
      const base = requestOffset(item);
      const titleSpan = item.title.joined.spanOf(base + own[0].start, base + own[own.length - 1].end);
      const span = phrase.content.spanOf(phrase.start + other[0].start, phrase.start + other[other.length - 1].end);
      const ownKinds = new Set(own.map((m) => m.side));
      const plainWord = (m: SideMention) => /^(?:left|right|bilateral)$/i.test(m.text);
      const fixes: Fix[] = [];
      if (other.length === 1 && ownKinds.size === 1 && plainWord(other[0]) && plainWord(own[0])) {
        const fixRestatement = {
          title: `Change "${other[0].text}" to "${inCaseOf(own[0].side, other[0].text)}", as in the request`,
          changes: [{ span, newText: inCaseOf(own[0].side, other[0].text) }],
          safe: false,
        };
        const fixTitle = {
          title: `Change the request's "${own[0].text}" to "${inCaseOf(other[0].side, own[0].text)}", as every restatement says`,
          changes: own.map((m) => ({ span: item.title.joined.spanOf(base + m.start, base + m.end), newText: inCaseOf(other[0].side, m.text) })),
          safe: false,
        };
        // The title's fix only where the title is the odd one out: it is then offered first.
        fixes.push(...(titleIsOddOneOut ? [fixTitle, fixRestatement] : [fixRestatement]));
      }
      report({
        message: `The request is for ${sides(own)}, but ${place} names ${sides(other)}. Name the request's side there, or correct the request.`,
        span,
        related: [{ span: titleSpan, message: `the request's side: ${own.map((m) => m.text).join(', ')}` }],
        fixes,
      });
    }
  },
});
