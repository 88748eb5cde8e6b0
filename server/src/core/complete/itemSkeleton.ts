/**
 * The skeleton of one disputed item as a snippet (title and decision choice, the two guideline
 * paragraphs, the rationale): what the "Disputed item" completion and the extension's
 * "IMR: Insert disputed item" command insert.
 */
export function itemSnippet(eol = '\n'): string {
  return ['${1:Request}: ${2|Upheld,Overturned|}', '', 'Claims Administrator guideline: $3', '', 'MAXIMUS guideline: $4', '', 'Decision rationale: $0'].join(
    eol,
  );
}
