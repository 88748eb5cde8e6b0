import { headingDefinition } from '../parse/sections';
import { defineRule } from './rule';

export const headingSpelling = defineRule({
  id: 'heading-spelling',
  defaultSeverity: 'warning',
  description: 'A section heading is a near miss of the canonical heading (a misspelling).',
  tags: ['structure'],
  fixable: true,
  check({ model, report }) {
    for (const section of model.sections) {
      if (!section.misspelled) continue;
      const canonical = headingDefinition(section.id).canonical;
      report({
        message: `"${section.headingText}" looks like a misspelling of the heading "${canonical}".`,
        span: section.headingSpan,
        fixes: [{ title: `Change to "${canonical}"`, changes: [{ span: section.headingSpan, newText: canonical }], safe: true }],
      });
    }
  },
});
