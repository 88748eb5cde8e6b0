import { sentences } from '../analysis/narrative';
import type { Catalog } from '../catalog/catalog';
import type { GuidelineLine } from '../model';
import { normalizeName } from '../text/similarity';
import { defineRule } from './rule';

/** The rationale names a guideline family: ODG, or the MTUS itself (not "ACOEM" alone: the 3rd edition is cited as Non-MTUS). */
const ODG_NAME = /\b(?:ODG|Official\s+Disability\s+Guidelines?)\b/g;
/**
 * The rationale applies the MTUS: "According to the CA MTUS", "per MTUS", "The MTUS guidelines
 * recommend", "MTUS states". Naming it to explain why it does not apply is no use of it.
 */
const MTUS_APPLIED =
  /\b(?:(?:according\s+to|per|as\s+per|based\s+on)\s+(?:the\s+)?(?:CA[\s-]+|California\s+)?MTUS(?:\s+[\w/-]+)?(?:\s+[\w/-]+)?(?:\s+guidelines?)?\s*,|(?:CA[\s-]+|California\s+)?MTUS(?:\s+[\w/-]+)?(?:\s+[\w/-]+)?(?:\s+guidelines?)?\s+(?:recommends?|states?|indicates?|supports?|allows?|notes?|requires?|specifies)\b)/gi;
/** A rationale that says why it turned to other guidelines has not applied the MTUS. */
const TURNED_ELSEWHERE =
  /\b(?:alternative|other|additional)\s+guidelines?\s+(?:were|was|are|is)\s+(?:used|utilized|reviewed|consulted|applied)\b|\boutside\s+(?:of\s+)?the\s+MTUS\b/i;
/** A sentence that names a guideline only to say it is silent ("The MTUS and ODG do not address ..."). */
const SILENT =
  /\b(?:do(?:es)?\s+not\s+(?:specifically\s+)?(?:address|apply|discuss|cover|mention|comment)|(?:is|are)\s+silent|silent\s+(?:on|regarding|with|as)|not\s+(?:specifically\s+)?addressed|no\s+(?:specific\s+)?(?:recommendations?|guidance|mention)|not\s+applicable|does\s+not\s+apply|(?:do(?:es)?\s+not|cannot)\s+be\s+applied)\b|\bsilent\b/i;
/**
 * The 2016 Chronic Pain guideline's physical-medicine text itself quotes "ODG Physical Therapy
 * Guidelines" and "the ODG Preface": quoting the MTUS is no reliance on ODG.
 */
const QUOTED_IN_MTUS = /^(?:ODG\s+Physical\s+Therapy\s+Guidelines|ODG\s+Preface)/i;

/** Whether a line cites ODG: by name, or by an ODG chapter without the name ("Non-MTUS Citation Low Back (Hyperstimulation analgesia)"). */
function citesOdg(line: GuidelineLine, catalog: Catalog): boolean {
  return line.statements.some((s) => {
    if (s.kind !== 'non-mtus') return false;
    if (s.odg !== undefined || /\b(?:ODG|Official\s+Disability)/i.test(s.body.text)) return true;
    const body = normalizeName(s.body.text);
    return catalog.odgChapterKeys.some((key) => body.startsWith(key));
  });
}

/** The first place a rationale relies on a family: a naming sentence that does not call it silent. */
function reliance(text: string, name: RegExp, skip?: (at: number) => boolean): { start: number; end: number } | undefined {
  const bounds = sentences(text);
  let index = 0;
  for (const m of text.matchAll(name)) {
    const at = m.index!;
    if (skip?.(at)) continue;
    while (index < bounds.length - 1 && bounds[index].end <= at) index++;
    const sentence = text.slice(bounds[index]?.start ?? 0, bounds[index]?.end ?? text.length);
    if (SILENT.test(sentence)) continue;
    return { start: at, end: at + m[0].length };
  }
  return undefined;
}

export const rationaleCitationMismatch = defineRule({
  id: 'rationale-citation-mismatch',
  defaultSeverity: 'info',
  description:
    'The rationale relies on a guideline family (ODG, the MTUS) that its MAXIMUS guideline line does not cite, or the line cites only guidelines outside the MTUS while the rationale applies the MTUS.',
  tags: ['citation'],
  fixable: false,
  checkItem({ item, catalog, report }) {
    const line = item.maximus;
    const rationale = item.rationale;
    if (!line || !rationale || rationale.content.isEmpty) return;
    const text = rationale.content.text;
    const related = [{ span: line.span, message: 'the MAXIMUS guideline line' }];
    if (!citesOdg(line, catalog)) {
      const odg = reliance(text, ODG_NAME, (at) => QUOTED_IN_MTUS.test(text.slice(at, at + 40)));
      if (odg) {
        report({
          message:
            'The rationale relies on the Official Disability Guidelines (ODG), but the MAXIMUS guideline line does not cite ODG. Add the ODG chapter and topic the rationale uses ("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) <chapter>, <topic>."), or argue from the guideline the line cites.',
          span: rationale.content.spanOf(odg.start, odg.end),
          related,
        });
      }
    }
    const citesMtus = line.statements.some((s) => s.kind === 'mtus');
    const outside = line.statements.some((s) => s.kind === 'outside-mtus');
    if (!citesMtus && outside && !TURNED_ELSEWHERE.test(text)) {
      const mtus = reliance(text, MTUS_APPLIED);
      if (mtus) {
        report({
          message:
            'The MAXIMUS guideline line says the decision rests on recommendations outside the MTUS, but the rationale applies the MTUS. Cite the MTUS component the rationale uses ("Decision based on MTUS <component> <year>, Section(s): <section>."), or say in the rationale that the MTUS does not address the request.',
          span: rationale.content.spanOf(mtus.start, mtus.end),
          related,
        });
      }
    }
  },
});
