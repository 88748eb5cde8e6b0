import { pageNumbers } from '../catalog/catalog';
import { yearsOf } from '../catalog/editions';
import { defineRule } from './rule';
import { mtusReferencesOf } from './guidelineLines';

export const citationEditionMismatch = defineRule({
  id: 'citation-edition-mismatch',
  defaultSeverity: 'warning',
  description:
    'A year that is no edition of the cited component (Acupuncture is 2007; Knee Disorders has 2015, 2019 and 2020), or a page that belongs to another edition (a Chronic Pain 2009 page cited against 2016).',
  tags: ['citation'],
  fixable: true,
  checkItem({ item, catalog, report }) {
    for (const { ref } of mtusReferencesOf(item)) {
      const component = ref.componentId ? catalog.componentById(ref.componentId) : undefined;
      if (!component || !ref.year) continue;
      const year = ref.year;
      const years = yearsOf(component);
      if (!years.includes(year.text)) {
        report({
          message: `${component.name} has no edition ${year.text}; it is cited as ${years.map((y) => `"${component.name} ${y}"`).join(' or ')}.`,
          span: year.span,
          fixes: years.map((y) => ({ title: `Change the year to ${y}`, changes: [{ span: year.span, newText: y }], safe: years.length === 1 })),
        });
        continue;
      }
      if (!ref.pages) continue;
      // A page known only in another edition of a cited section.
      const cited = pageNumbers(ref.pages.text);
      for (const section of ref.sections) {
        const entry = section.catalogName ? catalog.sectionOf(component, section.catalogName) : undefined;
        const facts = entry?.pages ?? [];
        const thisEdition = facts.filter((f) => !f.edition || f.edition === year.text);
        const otherEdition = facts.filter((f) => f.edition && f.edition !== year.text);
        const inThis = thisEdition.some((f) => pageNumbers(f.page).some((n) => cited.includes(n)));
        const inOther = otherEdition.find((f) => pageNumbers(f.page).some((n) => cited.includes(n)));
        if (inThis || !inOther) continue;
        const right = thisEdition[0];
        report({
          message: `Page ${ref.pages.text} is "${entry!.name}" in the ${inOther.edition} edition${right ? `; in ${year.text} it is page ${right.page}` : ''}.`,
          span: ref.pages.span,
          related: [{ span: year.span, message: `edition ${year.text}` }],
          fixes: right ? [{ title: `Change to page ${right.page}`, changes: [{ span: ref.pages.span, newText: right.page }], safe: false }] : [],
        });
      }
    }
  },
});
