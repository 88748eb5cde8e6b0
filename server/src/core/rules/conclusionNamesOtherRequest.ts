import { conclusionRequest, contentTokens, coverage, NAMES_TITLE, titleTokens, wholeTitleTokens } from '../analysis/requests';
import { defineRule } from './rule';

/** The closing boilerplate of dependent items names the surgery on purpose. */
const ANCILLARY = /\bancillary\s+service\b/i;

export const conclusionNamesOtherRequest = defineRule({
  id: 'conclusion-names-other-request',
  defaultSeverity: 'warning',
  description: 'The closing sentence names another item\'s request instead of its own (a rationale copied from a sibling item).',
  tags: ['clinical', 'decision'],
  fixable: true,
  check({ model, report }) {
    if (model.items.length < 2) return;
    for (const item of model.items) {
      const named = conclusionRequest(item);
      if (!named || ANCILLARY.test(item.rationale?.conclusion?.text ?? '')) continue;
      const words = contentTokens(named.text);
      const own = wholeTitleTokens(item);
      // Words of the named request that the item's own title lacks: what makes it another request.
      const foreign = [...words].filter((w) => !own.has(w));
      if (words.size < 2 || foreign.length === 0) continue;
      if (coverage(words, own) >= NAMES_TITLE) continue;
      const sibling = model.items.find(
        (other) => other !== item && coverage(words, wholeTitleTokens(other)) === 1 && coverage(titleTokens(other), words) >= NAMES_TITLE,
      );
      if (!sibling) continue;
      const span = named.content.spanOf(named.start, named.end);
      report({
        message: `The closing sentence names "${named.text}", which is the request of another item ("${sibling.title.request}"), not this item's "${item.title.request}". A rationale copied from a sibling item decides the wrong request: conclude on this item's request.`,
        span,
        related: [
          { span: item.title.span, message: `this item's request: ${item.title.request}` },
          { span: sibling.title.span, message: `the item the closing sentence names: ${sibling.title.request}` },
        ],
        fixes: [{ title: `Name this item's request: "${item.title.request}"`, changes: [{ span, newText: item.title.request }], safe: false }],
      });
    }
  },
});
