/**
 * Candidates for the parts of a letter around its citations: the decision after an item's
 * title, the closing sentence of a rationale, and at a line start the header labels, headings,
 * credentials lines and item labels missing there (and a whole letter in an empty document).
 */
import { lineEndingOf } from '../text/lineIndex';
import type { Decision, DisputedItem, SectionId } from '../model';
import { decisionFor } from '../rules/decisionWords';
import {
  CLOSING_LEADS,
  closingSentence,
  compileTerm,
  CREDENTIAL_LINES,
  HEADER_FIELDS,
  HEADINGS,
  ITEM_PARAGRAPHS,
  type ParagraphKind,
} from '../grammar/vocabulary';
import type { Day } from '../catalog/editions';
import type { Builder, Candidate } from './candidate';
import { itemAt } from './cursor';
import { itemSnippet } from './itemSkeleton';
import { letterSnippet } from './letterSkeleton';
import { escapeSnippet, placeholder } from './snippet';

export function decisionCandidates(b: Builder, item: DisputedItem | undefined, space: string): Candidate[] {
  const implied = item?.rationale?.conclusion ? decisionFor(item.rationale.conclusion.polarity) : undefined;
  const values: Decision[] = implied === 'Overturned' ? ['Overturned', 'Upheld'] : ['Upheld', 'Overturned'];
  return values.map((value) => ({
    label: value,
    kind: 'decision' as const,
    insertText: space + value,
    snippet: false,
    filterText: value,
    detail: value === 'Upheld' ? 'the denial stands: not medically necessary' : 'the denial is reversed: medically necessary',
    replace: b.replace,
    ref: { type: 'decision' as const, value },
  }));
}

export function lineStartCandidates(b: Builder, offset: number, partial: string): Candidate[] {
  const { model } = b;
  const out: Candidate[] = [];
  const eol = lineEndingOf(model.text);
  const sectionAt = (at: number) => [...model.sections].reverse().find((s) => s.headingSpan.start <= at);
  const current = sectionAt(offset);
  const firstHeading = model.sections[0]?.headingSpan.start ?? Number.POSITIVE_INFINITY;

  // Header labels, above the first heading.
  if (offset < firstHeading && model.layout !== '2014') {
    const present = new Set(model.header.map((f) => f.key));
    for (const field of HEADER_FIELDS) {
      if (present.has(field.key)) continue;
      const label = `${field.canonical}:`;
      out.push({ label, kind: 'label', insertText: `${label} $0`, snippet: true, filterText: label, detail: 'header', replace: b.replace });
    }
  }

  // Headings that are missing, those that belong here first.
  const order = (id: SectionId) => HEADINGS.findIndex((h) => h.id === id);
  const present = new Set(model.sections.map((s) => s.id));
  const before = model.sections.filter((s) => s.headingSpan.start < offset).map((s) => order(s.id));
  const after = model.sections.filter((s) => s.headingSpan.start > offset).map((s) => order(s.id));
  const low = before.length ? Math.max(...before) : -1;
  const high = after.length ? Math.min(...after) : HEADINGS.length;
  const missing = HEADINGS.filter((h) => !present.has(h.id));
  const fits = (h: (typeof HEADINGS)[number]) => order(h.id) > low && order(h.id) < high;
  for (const heading of [...missing.filter(fits), ...missing.filter((h) => !fits(h))]) {
    out.push({
      label: heading.canonical,
      kind: 'heading',
      insertText: escapeSnippet(heading.canonical) + eol + '$0',
      snippet: true,
      filterText: heading.canonical,
      detail: fits(heading) ? 'missing section' : 'missing section (belongs elsewhere)',
      replace: b.replace,
      ref: { type: 'heading', id: heading.id },
    });
  }

  // Credentials lines in the how-made section (2016-17 layout).
  if (current?.id === 'how-made' && model.layout !== '2014') {
    const body = model.text.slice(current.bodySpan.start, current.bodySpan.end);
    for (const line of CREDENTIAL_LINES) {
      if (compileTerm(line.pattern).test(body)) continue;
      const label = `${line.canonical}:`;
      const insertText = line.example ? `${escapeSnippet(label)} ${placeholder(1, line.example)}` : escapeSnippet(label);
      out.push({ label, kind: 'label', insertText, snippet: true, filterText: label, detail: 'credentials', replace: b.replace });
    }
  }

  // Item labels missing in the item at the cursor.
  if (current?.id === 'issues' || model.sections.length === 0) {
    const item = itemAt(model, offset);
    if (item && offset > item.title.lineSpan.end) {
      const has: Record<ParagraphKind, boolean> = {
        'claims-administrator': item.claimsAdministrator !== undefined,
        maximus: item.maximus !== undefined,
        rationale: item.rationale !== undefined,
      };
      for (const paragraph of ITEM_PARAGRAPHS) {
        if (has[paragraph.kind]) continue;
        out.push({
          label: `${paragraph.canonical}:`,
          kind: 'label',
          insertText: `${paragraph.canonical}: `,
          snippet: false,
          filterText: `${paragraph.canonical}:`,
          detail: 'missing in this item',
          replace: b.replace,
          ref: { type: 'label', paragraph: paragraph.kind },
          retrigger: paragraph.kind !== 'rationale',
        });
      }
    }
    if (current?.id === 'issues') {
      const block = itemSnippet(eol);
      out.push({
        label: 'Disputed item',
        kind: 'block',
        insertText: block,
        snippet: true,
        filterText: 'Disputed item',
        detail: 'title, guideline lines and rationale',
        replace: b.replace,
      });
    }
  }
  const key = partial.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!key.includes(' ')) return out;
  return out.filter((c) => c.filterText.toLowerCase().startsWith(key));
}

/** The closing sentence for the item's decision (both, before a decision is chosen). */
export function closingCandidates(b: Builder, item: DisputedItem): Candidate[] {
  const decision = item.decision?.value;
  const values: Decision[] = decision ? [decision] : ['Upheld', 'Overturned'];
  return values.flatMap((value) =>
    CLOSING_LEADS.slice(0, 2).map((lead) => {
      const sentence = closingSentence(lead, item.title.request, value);
      return {
        label: sentence,
        kind: 'sentence' as const,
        insertText: escapeSnippet(sentence),
        snippet: true,
        filterText: sentence,
        detail: `closing sentence for ${value}`,
        replace: b.replace,
        ref: { type: 'decision' as const, value },
      };
    }),
  );
}

/** A whole letter of today in an empty document: today's dates, the editions in force. */
export function letterCandidates(b: Builder, today: Day): Candidate[] {
  const eol = lineEndingOf(b.model.text);
  return [
    {
      label: 'IMR letter',
      kind: 'block',
      insertText: letterSnippet(b.catalog, today, eol, today),
      snippet: true,
      filterText: 'IMR letter',
      detail: 'a whole determination of today, citing the MTUS in force',
      replace: b.replace,
    },
  ];
}
