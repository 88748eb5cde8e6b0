import { defineRule } from './rule';
import { mtusReferencesOf } from './guidelineLines';

export const citationExtraWords = defineRule({
  id: 'citation-extra-words',
  defaultSeverity: 'info',
  description:
    'Words between a component\'s year and its sections that are not part of the citation ("Chronic Pain Medical Treatment 2016 Guidelines, Section(s): ...").',
  tags: ['citation'],
  fixable: true,
  checkItem({ item, report }) {
    for (const { ref } of mtusReferencesOf(item)) {
      if (!ref.extraWords || !ref.year) continue;
      const extra = ref.extraWords;
      report({
        message: `"${ref.year.text} ${extra.text}" is not part of the component name; the citation reads "${ref.name.text} ${ref.year.text}, Section(s): ...".`,
        span: extra.span,
        fixes: [{ title: `Remove "${extra.text}"`, changes: [{ span: { start: ref.year.span.end, end: extra.span.end }, newText: '' }], safe: true }],
      });
    }
  },
});
