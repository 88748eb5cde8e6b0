import { defineRule } from './rule';

export const missingConclusion = defineRule({
  id: 'missing-conclusion',
  defaultSeverity: 'warning',
  description: 'A rationale has no medical-necessity conclusion ("... is not medically necessary." / "... is medically necessary.").',
  tags: ['decision'],
  fixable: true,
  checkItem({ item, report }) {
    const rationale = item.rationale;
    if (!rationale || rationale.conclusion) return;
    const value = item.decision?.value;
    const sentence = value ? `Therefore, the request for ${item.title.request} is ${value === 'Upheld' ? 'not ' : ''}medically necessary.` : undefined;
    const at = rationale.span.end;
    report({
      message: `The rationale for "${item.title.text}" does not state a medical-necessity conclusion. End it with a sentence such as "${sentence ?? 'Therefore, the request is not medically necessary.'}"`,
      span: rationale.labelSpan,
      fixes: sentence
        ? [
            {
              title: 'Add the closing sentence',
              changes: [{ span: { start: at, end: at }, newText: `${rationale.content.isEmpty ? '' : ' '}${sentence}` }],
              safe: false,
            },
          ]
        : [],
    });
  },
});
