import { citedGuidelines } from '../analysis/citedGuidelines';
import { judgingDateOf } from '../analysis/judgingDate';
import { inForceOn } from '../catalog/editions';
import { defineRule } from './rule';

export const regionMismatch = defineRule({
  id: 'region-mismatch',
  defaultSeverity: 'warning',
  description: "The body region of the reviewer's cited chapter is not the request's (a knee MRI cited under Low Back Complaints).",
  tags: ['clinical', 'citation'],
  fixable: false,
  checkItem({ item, dates, catalog, report }) {
    const regions = catalog.regionsOfTitle(item.title.request);
    if (regions.length === 0) return;
    const allowed = new Set(regions.flatMap((r) => [r.id, ...r.compatible]));
    const cited = citedGuidelines(item.maximus, catalog).filter((c) => c.region);
    if (cited.length === 0 || cited.some((c) => allowed.has(c.region!))) return;
    const wrong = cited[0];
    const requestRegions = regions.map((r) => r.label).join(' / ');
    // The region's chapter in force on the date the citation is judged by (Knee Complaints in 2016, Knee Disorders in 2026).
    const day = judgingDateOf(item, dates, 'maximus').day;
    const suggestions = catalog.components
      .filter((c) => c.region && regions.some((r) => r.id === c.region) && c.editions.some((e) => inForceOn(e, day)))
      .map((c) => c.name);
    report({
      message: `The request concerns the ${requestRegions}, but the MAXIMUS guideline cites ${wrong.label}, a chapter for the ${catalog.region(wrong.region!)?.label ?? wrong.region}.${suggestions.length ? ` The ${requestRegions} chapter is ${suggestions.join(' or ')}.` : ''}`,
      span: wrong.span,
      related: [{ span: item.title.span, message: `the request: ${item.title.request}` }],
    });
  },
});
