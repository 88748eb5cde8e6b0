import type { Fix } from '../findings';
import { nearest } from '../text/similarity';
import type { Span } from '../text/span';
import { defineRule } from './rule';
import { mtusReferencesOf } from './guidelineLines';

function replaceWith(span: Span, value: string): Fix[] {
  return [{ title: `Change to "${value}"`, changes: [{ span, newText: value }], safe: true }];
}

export const unknownCitation = defineRule({
  id: 'unknown-citation',
  defaultSeverity: 'warning',
  description: 'A well-formed citation names a component, section or chapter that is not in the guideline catalog (suggests the nearest name).',
  tags: ['citation'],
  fixable: true,
  checkItem({ item, catalog, report }) {
    const componentNames = catalog.components.map((c) => c.name);
    for (const { ref } of mtusReferencesOf(item)) {
      if (ref.chapter) {
        const chapter = catalog.acoemChapter(ref.chapter.number);
        if (!chapter) {
          report({
            message: `ACOEM Chapter ${ref.chapter.number} is not in the catalog; the MTUS adopted ACOEM 2nd-edition chapters ${catalog.acoemChapters.map((c) => c.number).join(', ')}.`,
            span: ref.chapter.numberSpan,
          });
        }
        continue;
      }
      const component = ref.componentId ? catalog.componentById(ref.componentId) : undefined;
      if (!component) {
        const suggestion = nearest(ref.name.text, componentNames, 4);
        report({
          message: `"${ref.name.text}" is not an MTUS component${suggestion ? `; did you mean "${suggestion.value}"?` : '.'}`,
          span: ref.name.span,
          fixes: suggestion ? replaceWith(ref.name.span, suggestion.value) : [],
        });
        continue;
      }
      // No public source gives the sections of the ACOEM-based guidelines: none is unknown.
      if (component.sectionList === 'open') continue;
      for (const section of ref.sections) {
        if (section.catalogName) continue;
        // A page number where a section is expected ("Elbow Complaints 2007, Section(s): 326") is left alone.
        if (/^\d+(?:\s*-\s*\d+)?$/.test(section.text)) continue;
        const suggestion = nearest(
          section.text,
          component.sections.map((s) => s.name),
        );
        // Chronic Pain and Opioid topics are many more than the catalog holds: only a near miss is reported.
        if (!suggestion && (component.kind === 'chronic-pain' || component.kind === 'opioid')) continue;
        report({
          message: `"${section.text}" is not a section of ${component.name}${suggestion ? `; did you mean "${suggestion.value}"?` : '.'}`,
          span: section.span,
          fixes: suggestion ? replaceWith(section.span, suggestion.value) : [],
        });
      }
    }
  },
});
