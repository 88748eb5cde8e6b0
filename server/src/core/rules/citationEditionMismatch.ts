import { pageNumbers } from '../catalog/catalog';
import { defineRule } from './rule';
import { mtusReferencesOf } from './guidelineLines';

export const citationEditionMismatch = defineRule({
  id: 'citation-edition-mismatch',
  defaultSeverity: 'warning',
  description: 'A year label or a page that does not belong to the cited component\'s edition (Acupuncture is 2007; a Chronic Pain 2009 page cited against 2016).',
  tags: ['citation'],
  fixable: true,
  checkItem({ item, catalog, report }) {
    for (const { ref } of mtusReferencesOf(item)) {
      const component = ref.componentId ? catalog.componentById(ref.componentId) : undefined;
      if (!component || !ref.year) continue;
      const year = ref.year;
      if (!component.years.includes(year.text)) {
        report({
          message: `${component.name} is cited as ${component.years.map((y) => `"${component.name} ${y}"`).join(' or ')}, not ${year.text}.`,
          span: year.span,
          fixes: component.years.map((y) => ({ title: `Change the year to ${y}`, changes: [{ span: year.span, newText: y }], safe: component.years.length === 1 })),
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
