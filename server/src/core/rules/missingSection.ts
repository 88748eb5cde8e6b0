import { HEADINGS } from '../parse/sections';
import { defineRule } from './rule';
import { sectionSkeleton } from './sectionSkeletons';
import { lineEndingOf } from '../text/lineIndex';

export const missingSection = defineRule({
  id: 'missing-section',
  defaultSeverity: 'error',
  description: 'One of the three required sections (how the determination was made, clinical case summary, issues and decisions) is absent.',
  tags: ['structure'],
  fixable: true,
  check({ model, report }) {
    const present = new Set(model.sections.map((s) => s.id));
    const eol = lineEndingOf(model.text);
    HEADINGS.forEach((heading, order) => {
      if (present.has(heading.id)) return;
      // Insert before the first section that canonically follows; the issues section goes before the first item or at the end.
      const following = model.sections.find((s) => HEADINGS.findIndex((h) => h.id === s.id) > order);
      let at = following ? model.lines.lineAt(following.headingSpan.start).start : model.text.length;
      if (heading.id === 'issues' && model.items.length > 0) at = model.lines.lineAt(model.items[0].title.lineSpan.start).start;
      const anchor = following?.headingSpan ?? model.sections[model.sections.length - 1]?.headingSpan ?? { start: 0, end: model.lines.endOf(0) };
      const prefix = at > 0 && !/[\r\n]$/.test(model.text.slice(0, at)) ? eol + eol : '';
      report({
        message: `The section "${heading.canonical}" is missing. Every determination has, in order: ${HEADINGS.map((h) => h.canonical).join(' / ')}.`,
        span: anchor,
        fixes: [
          {
            title: `Insert the "${heading.canonical}" section`,
            changes: [{ span: { start: at, end: at }, newText: prefix + sectionSkeleton(heading.id, eol) }],
            safe: false,
          },
        ],
      });
    });
  },
});
