import { headingDefinition } from '../parse/sections';
import { defineRule } from './rule';

export const duplicateSection = defineRule({
  id: 'duplicate-section',
  defaultSeverity: 'error',
  description: 'A section heading appears twice.',
  tags: ['structure'],
  fixable: false,
  check({ model, report }) {
    model.sections.forEach((section, i) => {
      const first = model.sections.find((s, j) => j < i && s.id === section.id);
      if (!first) return;
      report({
        message: `The heading "${headingDefinition(section.id).canonical}" appears a second time; a determination has each section once. Merge the two.`,
        span: section.headingSpan,
        related: [{ span: first.headingSpan, message: 'first occurrence' }],
      });
    });
  },
});
