/**
 * Moving a parsed item to another place in the document: an edit leaves most items of a long
 * letter as they were but moves those after it. The copies are written field by field for the
 * model's types, because a generic walk over the objects was the largest cost of an edit in a long
 * letter, and what an edit does not read is moved only when read (a 1 MB letter moves some
 * thousand items an edit). The robustness property holds every incrementally parsed model equal
 * to a fresh one.
 */
import type {
  CitationStatement,
  ComponentReference,
  Conclusion,
  DecisionValue,
  DisputedItem,
  GuidelineLine,
  GuidelineSource,
  ItemTitle,
  Located,
  OdgReference,
  Rationale,
  SectionReference,
} from '../model';
import type { JoinedText } from '../text/joinedText';
import type { ItemIdentity } from './items';
import { movedSpan, type Span } from '../text/span';

/** Moves a citation statement of a guideline paragraph. */
function shiftStatement(statement: CitationStatement, delta: number): CitationStatement {
  // Object literals of one shape each, not spreads: spreads of these varied objects fall off V8's fast path.
  const span = (s: Span): Span => movedSpan(s, delta);
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
  const move = (s: CitationStatement): CitationStatement => {
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
  return move(statement);
}

/**
 * A guideline paragraph of a moved item (made from the paragraph as parsed and the item's total
 * move). Its citations are moved when first read: the rules that read them run again only for an
 * edited item, so most moved paragraphs are never read before the next edit moves them again.
 */
class MovedGuidelineLine implements GuidelineLine {
  readonly source: GuidelineSource;
  readonly labelSpan: Span;
  readonly span: Span;
  readonly content: JoinedText;
  readonly #parsed: GuidelineLine;
  readonly #delta: number;
  #statements: readonly CitationStatement[] | undefined;

  constructor(parsed: GuidelineLine, delta: number) {
    this.#parsed = parsed;
    this.#delta = delta;
    this.source = parsed.source;
    this.labelSpan = movedSpan(parsed.labelSpan, delta);
    this.span = movedSpan(parsed.span, delta);
    this.content = parsed.content.shifted(delta);
  }

  get statements(): readonly CitationStatement[] {
    if (!this.#statements) {
      const delta = this.#delta;
      this.#statements = delta === 0 ? this.#parsed.statements : this.#parsed.statements.map((s) => shiftStatement(s, delta));
    }
    return this.#statements;
  }

  /** As data, with the keys in the order a parsed paragraph has them (the model's comparisons read JSON). */
  toJSON(): GuidelineLine {
    return { source: this.source, labelSpan: this.labelSpan, span: this.span, content: this.content, statements: this.statements };
  }
}

/** What a moved item reads from its paragraphs, moved when first asked for. */
interface MovedParts {
  readonly decision?: DecisionValue;
  readonly claimsAdministrator?: GuidelineLine;
  readonly maximus?: GuidelineLine;
  readonly rationale?: Rationale;
}

/**
 * An item an edit moved. Its place, index and title are moved at once (every edit reads the
 * titles); its decision and paragraphs when first read, which for most moved items is never before
 * the next edit: their rules' findings are kept with the item (lint.ts). It always refers to the
 * item as parsed, with the total move, so that moves do not chain.
 */
class MovedItem implements DisputedItem {
  readonly index: number;
  readonly span: Span;
  readonly title: ItemTitle;
  readonly #parsed: DisputedItem;
  readonly #delta: number;
  readonly #identity: ItemIdentity;
  #parts: MovedParts | undefined;

  /** The identity a moved item carries (kept here, not in a WeakMap: an edit of a long letter moves a thousand items). */
  static identityOf(item: DisputedItem): ItemIdentity | undefined {
    return item instanceof MovedItem ? item.#identity : undefined;
  }

  constructor(item: DisputedItem, delta: number, index: number, identity: ItemIdentity) {
    this.#identity = identity;
    this.#parsed = item instanceof MovedItem ? item.#parsed : item;
    this.#delta = item instanceof MovedItem ? item.#delta + delta : delta;
    this.index = index;
    this.span = movedSpan(item.span, delta);
    const title = item.title;
    this.title = {
      text: title.text,
      joined: title.joined.shifted(delta),
      span: movedSpan(title.span, delta),
      lineSpan: movedSpan(title.lineSpan, delta),
      insertAt: title.insertAt + delta,
      request: title.request,
      modified: title.modified,
    };
  }

  get decision(): DecisionValue | undefined {
    return this.#moved().decision;
  }

  get claimsAdministrator(): GuidelineLine | undefined {
    return this.#moved().claimsAdministrator;
  }

  get maximus(): GuidelineLine | undefined {
    return this.#moved().maximus;
  }

  get rationale(): Rationale | undefined {
    return this.#moved().rationale;
  }

  #moved(): MovedParts {
    if (this.#parts) return this.#parts;
    const { decision, claimsAdministrator, maximus, rationale } = this.#parsed;
    const delta = this.#delta;
    const guideline = (g: GuidelineLine | undefined) => (g ? new MovedGuidelineLine(g, delta) : undefined);
    const conclusion = (c: Conclusion): Conclusion => ({
      text: c.text,
      span: movedSpan(c.span, delta),
      polarity: c.polarity,
      phraseSpan: movedSpan(c.phraseSpan, delta),
    });
    this.#parts = {
      decision: decision ? { raw: decision.raw, span: movedSpan(decision.span, delta), value: decision.value } : undefined,
      claimsAdministrator: guideline(claimsAdministrator),
      maximus: guideline(maximus),
      rationale: rationale
        ? {
            labelSpan: movedSpan(rationale.labelSpan, delta),
            span: movedSpan(rationale.span, delta),
            content: rationale.content.shifted(delta),
            conclusion: rationale.conclusion ? conclusion(rationale.conclusion) : undefined,
          }
        : undefined,
    };
    return this.#parts;
  }

  /** As data, with the keys in the order a parsed item has them (the model's comparisons read JSON). */
  toJSON(): DisputedItem {
    return {
      index: this.index,
      span: this.span,
      title: this.title,
      decision: this.decision,
      claimsAdministrator: this.claimsAdministrator,
      maximus: this.maximus,
      rationale: this.rationale,
    };
  }
}

/** An item moved by `delta` and numbered `index`, with the identity of `item` (the same object when neither changes). */
export function shiftItem(item: DisputedItem, delta: number, index: number, identity: ItemIdentity): DisputedItem {
  return delta === 0 && index === item.index ? item : new MovedItem(item, delta, index, identity);
}

/** The identity of an item `shiftItem` moved. */
export function movedIdentity(item: DisputedItem): ItemIdentity | undefined {
  return MovedItem.identityOf(item);
}
