import { citedGuidelines } from '../analysis/citedGuidelines';
import type { CompiledFamily } from '../catalog/catalog';
import { governingFix } from '../analysis/governing';
import { defineRule } from './rule';

/**
 * The rationale with every sentence that mentions "request" blanked out (same length, so offsets
 * hold): those sentences restate the request ("the request for ... epidural steroid injection is
 * not medically necessary") and would count the request's own words as argued criteria.
 */
export function argumentText(text: string): string {
  // One pass over the sentences (a regex with a leading [^.!?]* would rescan each sentence from every offset).
  return text.replace(/[^.!?]+[.!?]?/gu, (sentence) => (/\brequest/i.test(sentence) ? ' '.repeat(sentence.length) : sentence));
}

/** How many times a rationale uses a family's own criteria, and where first. */
function criteriaUse(text: string, family: CompiledFamily): { count: number; first?: { start: number; end: number } } {
  let count = 0;
  let first: { start: number; end: number } | undefined;
  if (!family.criteria) return { count };
  for (const m of text.matchAll(family.criteria)) {
    count++;
    first ??= { start: m.index!, end: m.index! + m[0].length };
  }
  return { count, first };
}

export const procedureGuidelineMismatch = defineRule({
  id: 'procedure-guideline-mismatch',
  defaultSeverity: 'warning',
  description:
    "The reviewer's cited topic or the rationale's criteria belong to another procedure family than the request (a nerve-root block argued from facet-block criteria; an MRI decided on epidural criteria).",
  tags: ['clinical', 'citation'],
  fixable: true,
  checkItem({ item, catalog, report }) {
    const requested = catalog.familiesOfTitle(item.title.request);
    if (requested.length === 0) return;
    const requestedIds = new Set(requested.map((f) => f.id));
    const requestLabel = requested.map((f) => f.label).join(' / ');
    const titleRelated = [{ span: item.title.span, message: `the request: ${item.title.request}` }];

    for (const cited of citedGuidelines(item.maximus, catalog)) {
      if (!cited.family || requestedIds.has(cited.family)) continue;
      if (!requested.some((f) => catalog.conflict(f.id, cited.family!))) continue;
      const citedFamily = catalog.family(cited.family);
      report({
        message: `The request is for ${requestLabel}, but the MAXIMUS guideline cites ${cited.label}, which governs ${citedFamily?.label ?? cited.family}. Cite the guideline that governs ${requestLabel}.`,
        span: cited.span,
        related: titleRelated,
        // The governing entry of the same component / ODG chapter, replacing only the cited part (not safe: a clinical choice).
        fixes: item.maximus ? [governingFix(item.maximus, cited.span, item.title.request, catalog)].filter((f) => f !== undefined) : [],
      });
    }

    const rationale = item.rationale;
    if (!rationale) return;
    // Only requests with a confusable family can be argued from the wrong criteria.
    const rivals = requested.map((family) => ({
      family,
      confusable: catalog.families.filter((f) => !requestedIds.has(f.id) && catalog.conflict(family.id, f.id)),
    }));
    if (rivals.every((r) => r.confusable.length === 0)) return;
    const text = argumentText(rationale.content.text);
    for (const { family, confusable } of rivals) {
      if (confusable.length === 0) continue;
      const own = criteriaUse(text, family);
      if (own.count > 0) continue;
      const other = confusable
        .map((f) => ({ family: f, use: criteriaUse(text, f) }))
        .filter((x) => x.use.count >= 2)
        .sort((a, b) => b.use.count - a.use.count)[0];
      if (!other?.use.first) continue;
      report({
        message: `The rationale argues from the criteria for ${other.family.label} (${other.use.count} mentions) and never from those for ${family.label}, which is what the request is for.`,
        span: rationale.content.spanOf(other.use.first.start, other.use.first.end),
        related: titleRelated,
      });
      break;
    }
  },
});
