import { citedGuidelines } from '../analysis/citedGuidelines';
import { judgingDateOf } from '../analysis/judgingDate';
import { inForceOn } from '../catalog/editions';
import { defineRule } from './rule';

export const regionMismatch = defineRule({
  id: 'region-mismatch',
  defaultSeverity: 'warning',
  description:
    "A chapter the reviewer cites (MTUS or ODG) is for another body region than the request's (a knee MRI cited under Low Back Complaints), even beside the right one; a request naming several regions allows each.",
  tags: ['clinical', 'citation'],
  fixable: false,
  checkItem({ item, dates, catalog, report }) {
    const regions = catalog.regionsOfTitle(item.title.request);
    if (regions.length === 0) return;
    // A request naming several regions allows each of them (and the regions compatible with each).
    const allowed = new Set(regions.flatMap((r) => [r.id, ...r.compatible, ...r.generalizes]));
    const wrongs = citedGuidelines(item.maximus, catalog).filter((c) => c.kind === 'chapter' && c.region && !allowed.has(c.region));
    if (wrongs.length === 0) return;
    const requestRegions = regions.map((r) => r.label).join(' / ');
    // The region's chapter in force on the date the citation is judged by (Knee Complaints in 2016, Knee Disorders in 2026).
    const day = judgingDateOf(item, dates, 'maximus').day;
    const suggestions = catalog.components
      .filter((c) => c.region && regions.some((r) => r.id === c.region) && c.editions.some((e) => inForceOn(e, day)))
      .map((c) => c.name);
    // Each cited chapter with a body region is judged on its own: citing the right chapter does not excuse a wrong one beside it.
    for (const wrong of wrongs) {
      report({
        message: `The request concerns the ${requestRegions}, but the MAXIMUS guideline cites ${wrong.label}, a chapter for the ${catalog.region(wrong.region!)?.label ?? wrong.region}.${suggestions.length ? ` The ${requestRegions} chapter is ${suggestions.join(' or ')}.` : ''}`,
        span: wrong.span,
        related: [{ span: item.title.span, message: `the request: ${item.title.request}` }],
      });
    }
  },
});
