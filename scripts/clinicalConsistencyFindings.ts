/**
 * Lists the corpus findings of the clinical-consistency rules (issue 5) with the text around
 * each, for review by eye (tests cannot print). Usage, after `npx tsc -p .`:
 *   node out/scripts/clinicalConsistencyFindings.js [rule-id ...]
 * The possible-phi rule's matched text is never printed: only its position and kind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../server/src/core/analyze';
import { Catalog } from '../server/src/core/catalog/catalog';
import { CONSISTENCY_RULE_IDS } from '../server/src/core/rules';

const RULE_IDS = CONSISTENCY_RULE_IDS;

const corpus = resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'letters');
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : RULE_IDS;
const catalog = Catalog.load();
const counts = new Map<string, number>(wanted.map((id) => [id, 0]));
const flat = (s: string) => s.replace(/\s+/g, ' ');

for (const file of readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const text = readFileSync(join(corpus, file), 'utf8');
  const { model, findings } = analyze(text, catalog);
  for (const f of findings) {
    if (!wanted.includes(f.ruleId)) continue;
    counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    const line = model.lines.positionAt(f.span.start).line + 1;
    console.log(`\n[${f.ruleId}] ${file.replace(/\.txt$/, '')}:${line} (${f.severity})`);
    console.log(`  ${f.message}`);
    if (f.ruleId === 'possible-phi') continue;
    const before = flat(text.slice(Math.max(0, f.span.start - 160), f.span.start));
    const after = flat(text.slice(f.span.end, f.span.end + 100));
    console.log(`  …${before}[[${flat(text.slice(f.span.start, f.span.end))}]]${after}…`);
    for (const r of f.related)
      console.log(`  related (${r.message}): [[${flat(text.slice(r.span.start, r.span.end))}]] line ${model.lines.positionAt(r.span.start).line + 1}`);
  }
}
console.log('\ncounts:');
for (const [id, n] of counts) console.log(`  ${id.padEnd(32)} ${n}`);
