import { judgingDateOf, type JudgingDate } from '../analysis/judgingDate';
import { citableOn, describeInForce, editionCited, editionsInForce, formatDay, labelName, preferredLabel, type DatedEdition } from '../catalog/editions';
import type { Edition, MtusComponent } from '../catalog/schema';
import type { Fix } from '../findings';
import type { ComponentReference } from '../model';
import { defineRule } from './rule';
import { mtusReferencesOf } from './guidelineLines';

export const guidelineNotInForce = defineRule({
  id: 'guideline-not-in-force',
  defaultSeverity: 'warning',
  description:
    "A cited MTUS edition was not in force on the date the request is judged by (the item's date of service, else the UR Denial Date, else the Decision Date, else today): already replaced, or not yet adopted. Claims Administrator citations quote the UR decision: judged by the UR Denial Date, reported at most as info.",
  tags: ['citation', 'dates'],
  fixable: true,
  checkItem({ item, dates, catalog, report }) {
    for (const { line, ref } of mtusReferencesOf(item)) {
      const component = ref.componentId ? catalog.componentById(ref.componentId) : undefined;
      if (!component) continue;
      // A year that is no edition's is citation-edition-mismatch's finding.
      const edition = editionCited(component, ref.name.text, ref.year?.text);
      if (!edition) continue;
      const when = judgingDateOf(item, dates, line.source);
      // Unknown dates are never judged; an update without a known label leaves the old label citable.
      if (citableOn(catalog.components, component, edition, when.day) !== false) continue;
      const inForce = editionsInForce(catalog.components, component, when.day);
      const citable = inForce.filter((d) => d.edition.labels.length > 0);
      const cited = ref.year ? `${ref.name.text} ${ref.year.text}` : (preferredLabel(edition) ?? component.name);
      const quoted = line.source === 'claims-administrator';
      report({
        message: `${quoted ? `The Claims Administrator cites "${cited}", which` : `"${cited}"`} ${notInForce(edition, when)}: ${inForceThen(component, citable, inForce)}`,
        span: ref.year ? { start: ref.name.span.start, end: ref.year.span.end } : ref.name.span,
        fixes: quoted ? [] : replacement(ref, component, citable),
        maxSeverity: quoted ? 'info' : undefined,
      });
    }
  },
});

function basis(when: JudgingDate): string {
  return `${formatDay(when.day)} (${when.basis})`;
}

/** "was replaced after 30 Nov 2017, before 2 Mar 2026 (UR Denial Date)" / "applies from 23 Nov 2021, not yet on ...". */
function notInForce(edition: Edition, when: JudgingDate): string {
  const { from, until } = edition.inForce!;
  if (from && when.day < from) return `applies to services from ${formatDay(from)}, not yet on ${basis(when)}`;
  return `was replaced after ${formatDay(until!)}, before ${basis(when)}`;
}

/** What a letter of that date cites instead. */
function inForceThen(component: MtusComponent, citable: readonly DatedEdition[], inForce: readonly DatedEdition[]): string {
  const section = component.regulation ? `MTUS §${component.regulation}` : `the MTUS for ${component.name}`;
  if (citable.length === 0 && inForce.length === 0) return `no edition of ${section} is known to be in force then.`;
  const list = (citable.length ? citable : inForce).map(
    (d) => `${d.edition.labels.map((l) => `"${l}"`).join(' or ') || 'an update whose label no source gives'} (${describeInForce(d.edition)})`,
  );
  return `${section} then is ${list.join(', and ')}.`;
}

/** The in-force edition's label in place of the cited name and year, when exactly one is in force. */
function replacement(ref: ComponentReference, component: MtusComponent, citable: readonly DatedEdition[]): Fix[] {
  if (citable.length !== 1 || !ref.year || ref.chapter) return [];
  const target = citable[0];
  const label = preferredLabel(target.edition)!;
  const year = label.slice(-4);
  // The same guideline under the name as written: only the year changes.
  if (target.component === component && target.edition.labels.some((l) => labelName(l).toLowerCase() === ref.name.text.toLowerCase())) {
    return [{ title: `Cite "${ref.name.text} ${year}"`, changes: [{ span: ref.year.span, newText: year }], safe: false }];
  }
  return [{ title: `Cite "${label}"`, changes: [{ span: { start: ref.name.span.start, end: ref.year.span.end }, newText: label }], safe: false }];
}
