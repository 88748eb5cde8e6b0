import { defineRule } from './rule';
import { guidelineLinesOf, labelOf } from './guidelineLines';

const GRAMMAR =
  'A citation reads "Decision based on MTUS <Component> <Year>, Section(s): <Section>." (2016), "Decision based on MTUS ACOEM Chapter <N> <Title> Page(s): <pages>." (2014) or "Decision based on Non-MTUS Citation <source>."';

export const citationFormat = defineRule({
  id: 'citation-format',
  defaultSeverity: 'error',
  description: 'A guideline citation sentence fits none of the citation grammars (2014 chapter/page, 2016 component/year/sections, Non-MTUS).',
  tags: ['citation'],
  fixable: false,
  checkItem({ item, report }) {
    for (const line of guidelineLinesOf(item)) {
      if (line.statements.length === 0) {
        report({ message: `The ${labelOf(line)} paragraph is empty. ${GRAMMAR}`, span: line.labelSpan });
        continue;
      }
      let mtusOrOutsideSeen = false;
      for (const statement of line.statements) {
        if (statement.kind === 'unparsed') {
          report({ message: `"${clip(statement.text)}" is not a citation. ${GRAMMAR}`, span: statement.span });
        } else if (statement.kind === 'non-mtus' && !mtusOrOutsideSeen && !line.statements.some((s) => s.kind === 'no-evidence')) {
          report({
            message: `A Non-MTUS citation must follow an MTUS citation or the sentence "... based their decision on recommendation(s) outside of the MTUS Guidelines."`,
            span: statement.span,
          });
          mtusOrOutsideSeen = true;
        } else if (statement.kind === 'mtus' || statement.kind === 'outside-mtus') {
          mtusOrOutsideSeen = true;
        }
      }
    }
  },
});

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
