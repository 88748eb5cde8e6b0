import { HEADINGS } from '../parse/sections';
import { defineRule } from './rule';

export const sectionOrder = defineRule({
  id: 'section-order',
  defaultSeverity: 'warning',
  description: 'The sections are not in their canonical order: how the determination was made, clinical case summary, then the issues and decisions.',
  tags: ['structure'],
  fixable: false,
  check({ model, report }) {
    const rank = (id: string) => HEADINGS.findIndex((h) => h.id === id);
    const firsts = model.sections.filter((s, i) => model.sections.findIndex((o) => o.id === s.id) === i);
    for (let i = 1; i < firsts.length; i++) {
      const section = firsts[i];
      const earlier = firsts.slice(0, i).find((s) => rank(s.id) > rank(section.id));
      if (!earlier) continue;
      report({
        message: `"${HEADINGS[rank(section.id)].canonical}" comes after "${HEADINGS[rank(earlier.id)].canonical}" here; it belongs before it.`,
        span: section.headingSpan,
        related: [{ span: earlier.headingSpan, message: `"${HEADINGS[rank(earlier.id)].canonical}" should follow it` }],
      });
    }
  },
});
