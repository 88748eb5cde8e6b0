/**
 * Moving a parsed item to another place in the document: an edit leaves most items of a long
 * letter as they were but moves those after it. The copy is written field by field for the
 * model's types, because the generic walk (shiftDeep) was the largest cost of an edit in a long
 * letter; the robustness property holds every incrementally parsed model equal to a fresh one.
 */
import type {
  CitationStatement,
  ComponentReference,
  Conclusion,
  DisputedItem,
  GuidelineLine,
  Located,
  OdgReference,
  Rationale,
  SectionReference,
} from '../model';
import type { Span } from '../text/span';

export function shiftItem(item: DisputedItem, delta: number): DisputedItem {
  if (delta === 0) return item;
  // Object literals of one shape each, not spreads: spreads of these varied objects fall off V8's fast path.
  const span = (s: Span): Span => ({ start: s.start + delta, end: s.end + delta });
  const located = (l: Located): Located => ({ text: l.text, span: span(l.span) });
  const optional = (l: Located | undefined): Located | undefined => (l ? located(l) : undefined);
  const section = (s: SectionReference): SectionReference => ({ text: s.text, span: span(s.span), catalogName: s.catalogName });
  const component = (c: ComponentReference): ComponentReference => ({
    name: located(c.name),
    year: optional(c.year),
    componentId: c.componentId,
    chapter: c.chapter ? { number: c.chapter.number, numberSpan: span(c.chapter.numberSpan), title: optional(c.chapter.title) } : undefined,
    sections: c.sections.map(section),
    pages: optional(c.pages),
    extraWords: optional(c.extraWords),
  });
  const odg = (o: OdgReference): OdgReference => ({
    chapter: o.chapter ? { text: o.chapter.text, span: span(o.chapter.span), chapterId: o.chapter.chapterId } : undefined,
    topic: o.topic ? { text: o.topic.text, span: span(o.topic.span), catalogName: o.topic.catalogName } : undefined,
    pages: optional(o.pages),
  });
  const statement = (s: CitationStatement): CitationStatement => {
    switch (s.kind) {
      case 'mtus':
        return { kind: s.kind, span: span(s.span), text: s.text, style: s.style, components: s.components.map(component) };
      case 'non-mtus':
        return {
          kind: s.kind,
          span: span(s.span),
          text: s.text,
          body: located(s.body),
          deviation: s.deviation ? { found: located(s.deviation.found), expected: s.deviation.expected } : undefined,
          odg: s.odg ? odg(s.odg) : undefined,
        };
      case 'unparsed':
        return { kind: s.kind, span: span(s.span), text: s.text };
      default:
        return { kind: s.kind, span: span(s.span) };
    }
  };
  const guideline = (g: GuidelineLine | undefined): GuidelineLine | undefined =>
    g
      ? { source: g.source, labelSpan: span(g.labelSpan), span: span(g.span), content: g.content.shifted(delta), statements: g.statements.map(statement) }
      : undefined;
  const conclusion = (c: Conclusion): Conclusion => ({ text: c.text, span: span(c.span), polarity: c.polarity, phraseSpan: span(c.phraseSpan) });
  const rationale = (r: Rationale | undefined): Rationale | undefined =>
    r
      ? { labelSpan: span(r.labelSpan), span: span(r.span), content: r.content.shifted(delta), conclusion: r.conclusion ? conclusion(r.conclusion) : undefined }
      : undefined;
  const title = item.title;
  return {
    index: item.index,
    span: span(item.span),
    title: {
      text: title.text,
      joined: title.joined.shifted(delta),
      span: span(title.span),
      lineSpan: span(title.lineSpan),
      insertAt: title.insertAt + delta,
      request: title.request,
      modified: title.modified,
    },
    decision: item.decision ? { raw: item.decision.raw, span: span(item.decision.span), value: item.decision.value } : undefined,
    claimsAdministrator: guideline(item.claimsAdministrator),
    maximus: guideline(item.maximus),
    rationale: rationale(item.rationale),
  };
}
