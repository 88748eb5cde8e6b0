/** What a client that pulls diagnostics is answered: the result id follows the findings, not the lints. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticReports, sameJson } from '../../server/src/diagnosticReports';

const finding = (line: number, message = 'a finding'): Diagnostic => ({
  range: { start: { line, character: 0 }, end: { line, character: 4 } },
  severity: 2,
  code: 'date-order',
  message,
  data: { fixes: [{ title: 'fix', edits: [[line, 0, 'x']] }] },
});

describe('pulled diagnostic reports', () => {
  it('compares diagnostics as JSON values, at every depth', () => {
    assert.equal(sameJson([finding(1)], [finding(1)]), true);
    assert.equal(sameJson([finding(1)], [finding(2)]), false);
    assert.equal(sameJson({ data: { fixes: [[1, 2]] } }, { data: { fixes: [[1, 3]] } }), false);
    assert.equal(sameJson({ a: 1 }, { a: 1, b: undefined }), false);
    assert.equal(sameJson({ a: undefined }, { b: undefined }), false);
    assert.equal(sameJson([1], { 0: 1 }), false);
    assert.equal(sameJson(null, {}), false);
  });

  it('keeps the result id while the diagnostics stay equal, and answers a client that holds it "unchanged"', () => {
    const reports = new DiagnosticReports();
    assert.deepEqual(reports.reportFor('u', undefined), { kind: 'full', items: [] });
    reports.store('u', [finding(1)], 0);
    const first = reports.reportFor('u', undefined);
    assert.equal(first.kind, 'full');
    reports.store('u', [finding(1)], 0);
    assert.deepEqual(reports.reportFor('u', first.resultId), { kind: 'unchanged', resultId: first.resultId });
    // The same diagnostics under new settings: a new id, so that the client gets them in full.
    reports.store('u', [finding(1)], 1);
    const renewed = reports.reportFor('u', first.resultId);
    assert.equal(renewed.kind, 'full');
    reports.store('u', [finding(1)], 1);
    assert.deepEqual(reports.reportFor('u', renewed.resultId), { kind: 'unchanged', resultId: renewed.resultId });
    reports.store('u', [finding(1, 'another')], 1);
    const changed = reports.reportFor('u', renewed.resultId);
    assert.equal(changed.kind === 'full' && changed.items[0].message, 'another');
  });

  it('wakes the pulls waiting for a document at its next lint, or when it is forgotten', async () => {
    const reports = new DiagnosticReports();
    const order: string[] = [];
    const linted = reports.nextLint('u', 10_000).then(() => order.push('linted'));
    const closed = reports.nextLint('v', 10_000).then(() => order.push('closed'));
    reports.store('u', [], 0);
    reports.forget('v');
    await Promise.all([linted, closed]);
    assert.deepEqual(order, ['linted', 'closed']);
    assert.equal(reports.has('v'), false);
  });

  it('gives up waiting after the time given, and leaves no waiter behind', async () => {
    const reports = new DiagnosticReports();
    const started = Date.now();
    await reports.nextLint('never-opened', 30);
    assert.ok(Date.now() - started >= 25, 'resolved before its time');
    const waiting = (reports as unknown as { waiting: Map<string, unknown> }).waiting;
    assert.equal(waiting.has('never-opened'), false);
    let woken = false;
    const within = reports.nextLint('u', 10_000).then(() => (woken = true));
    reports.store('u', [], 0);
    await within;
    assert.equal(woken, true);
  });
});
