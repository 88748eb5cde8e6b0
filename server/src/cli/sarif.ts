/** SARIF 2.1.0 output for code-scanning tools: one run, the rule list as the tool's rules, one result per finding. */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { severityName } from '../core/diagnostics';
import { RULES } from '../core/rules';
import type { FileResult } from './format';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

export function formatSarif(results: readonly FileResult[], version: string): object {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'imr-lint',
            version,
            informationUri: 'https://github.com/imr-determinations/imr-determinations',
            rules: RULES.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
              properties: { tags: [...rule.tags] },
            })),
          },
        },
        results: results.flatMap(({ file, diagnostics }) =>
          diagnostics.map((d) => {
            const location = (range: typeof d.range) => ({
              physicalLocation: {
                artifactLocation: { uri: file === '-' || file.startsWith('<') ? file : pathToFileURL(resolve(file)).toString() },
                region: {
                  startLine: range.start.line + 1,
                  startColumn: range.start.character + 1,
                  endLine: range.end.line + 1,
                  endColumn: range.end.character + 1,
                },
              },
            });
            const result: Record<string, unknown> = {
              ruleId: d.code,
              level: LEVEL[severityName(d.severity)],
              message: { text: d.message },
              locations: [location(d.range)],
            };
            if (ruleIndex.has(d.code)) result.ruleIndex = ruleIndex.get(d.code);
            if (d.relatedInformation?.length) {
              result.relatedLocations = d.relatedInformation.map((r, id) => ({ id, ...location(r.location.range), message: { text: r.message } }));
            }
            return result;
          }),
        ),
      },
    ],
  };
}
