/**
 * The 194 real letters: every one parses into its three sections and the item counts the
 * corpus index lists, none gets an error-severity finding, and every other finding is recorded
 * in a reviewed snapshot (UPDATE_SNAPSHOTS=1 rewrites it; review the diff before committing).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeText } from '../support/lintText';
import { corpusFiles, readCorpusIndex } from '../support/corpus';
import { PROJECT_ROOT, sharedAvailable } from '../support/paths';

const SNAPSHOT = join(PROJECT_ROOT, 'test', 'corpus', 'corpus-findings.snapshot.json');

interface SnapshotRow {
  letter: string;
  line: number;
  rule: string;
  severity: string;
  text: string;
  message: string;
}

describe('corpus of 194 real letters', { skip: !sharedAvailable() && 'the ../shared corpus is not here' }, () => {
  const files = sharedAvailable() ? corpusFiles() : [];
  const analyses = new Map(files.map((file) => [basename(file, '.txt'), analyzeText(readFileSync(file, 'utf8'))]));

  it('has all 194 letters of the index', () => {
    const index = readCorpusIndex();
    assert.equal(index.length, 194);
    assert.deepEqual([...analyses.keys()].sort(), index.map((r) => r.caseNumber).sort());
  });

  it('parses every letter into its three sections and the items, Upheld and Overturned the index lists', () => {
    const mismatches: string[] = [];
    let items = 0;
    for (const row of readCorpusIndex()) {
      const { model } = analyses.get(row.caseNumber)!;
      const upheld = model.items.filter((i) => i.decision?.value === 'Upheld').length;
      const overturned = model.items.filter((i) => i.decision?.value === 'Overturned').length;
      items += model.items.length;
      const sections = model.sections.map((s) => s.id).join(',');
      if (sections !== 'how-made,case-summary,issues' || model.items.length !== row.items || upheld !== row.upheld || overturned !== row.overturned) {
        mismatches.push(
          `${row.caseNumber}: sections ${sections}, items ${model.items.length}/${upheld}/${overturned}, index ${row.items}/${row.upheld}/${row.overturned}`,
        );
      }
    }
    assert.deepEqual(mismatches, []);
    assert.equal(items, 439);
  });

  it('reads every header and finds a conclusion for at least 435 of the 439 items', () => {
    let conclusions = 0;
    for (const [name, { model }] of analyses) {
      assert.equal(model.header.find((f) => f.key === 'caseNumber')?.value, name);
      conclusions += model.items.filter((i) => i.rationale?.conclusion).length;
    }
    assert.ok(conclusions >= 435, `${conclusions} conclusions`);
  });

  it('gives no error-severity finding on any letter', () => {
    const errors = [...analyses].flatMap(([name, a]) => a.findings.filter((f) => f.severity === 'error').map((f) => `${name}: ${f.ruleId} ${f.message}`));
    assert.deepEqual(errors, []);
  });

  it('has no rule failures', () => {
    assert.deepEqual(
      [...analyses].flatMap(([name, a]) => a.failures.map((f) => `${name}: ${f.ruleId}`)),
      [],
    );
  });

  it('matches the reviewed snapshot of findings', () => {
    const rows: SnapshotRow[] = [];
    for (const [name, { model, findings }] of [...analyses].sort(([a], [b]) => a.localeCompare(b))) {
      for (const f of findings) {
        rows.push({
          letter: name,
          line: model.lines.positionAt(f.span.start).line + 1,
          rule: f.ruleId,
          severity: f.severity,
          // A suspected identifier is not copied into the snapshot: only where it is and what kind.
          text: f.ruleId === 'possible-phi' ? '(withheld)' : model.text.slice(f.span.start, f.span.end).replace(/\s+/g, ' '),
          message: f.message,
        });
      }
    }
    if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(SNAPSHOT)) {
      if (process.env.CI === 'true') assert.fail('the corpus snapshot is missing in CI');
      writeFileSync(SNAPSHOT, `${JSON.stringify(rows, null, 2)}\n`);
    }
    assert.deepEqual(rows, JSON.parse(readFileSync(SNAPSHOT, 'utf8')));
  });

  it('finds the genuine defects the corpus README lists', () => {
    const has = (letter: string, rule: string) => analyses.get(letter)!.findings.some((f) => f.ruleId === rule);
    for (const letter of ['CM16-0249320', 'CM17-0001064', 'CM17-0010006', 'CM17-0003623']) assert.ok(has(letter, 'region-mismatch'), letter);
    assert.ok(has('CM17-0018485', 'procedure-guideline-mismatch'));
    assert.ok(has('CM17-0002198', 'unknown-citation'));
    assert.ok(has('CM17-0020243', 'unknown-citation'));
  });
});
