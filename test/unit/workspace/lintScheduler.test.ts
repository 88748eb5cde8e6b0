/** When letters are linted, driven with node:test's mock timers instead of a spawned server. */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { LintScheduler, type LintReason } from '../../../server/src/workspace/lintScheduler';

function harness(settings: { run: 'onType' | 'onSave'; debounceMs: number } = { run: 'onType', debounceMs: 150 }) {
  const versions = new Map<string, number>();
  const linted: [string, number][] = [];
  const reasons: LintReason[] = [];
  const scheduler = new LintScheduler({
    versionOf: (uri) => versions.get(uri),
    lint: (uri, version, reason) => {
      linted.push([uri, version]);
      reasons.push(reason);
    },
    settings: () => settings,
  });
  const edit = (uri: string, version: number) => {
    versions.set(uri, version);
    scheduler.changed(uri);
  };
  return { scheduler, versions, linted, reasons, edit, settings };
}

describe('lint scheduling', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout', 'setImmediate'] }));
  afterEach(() => mock.timers.reset());

  it('lints nothing before the first settings, then the latest version of what was opened', () => {
    const h = harness();
    h.edit('a', 1);
    h.versions.set('a', 2);
    mock.timers.tick(1_000);
    assert.deepEqual(h.linted, [], 'linted before the settings were known');
    h.scheduler.settingsReady();
    mock.timers.tick(0);
    assert.deepEqual(h.linted, [['a', 2]]);
  });

  it('lints an opened letter at once, and typing after the debounce: a burst of edits costs one lint of the last version', () => {
    const h = harness();
    h.scheduler.settingsReady();
    h.edit('a', 1);
    mock.timers.tick(0);
    assert.deepEqual(h.linted, [['a', 1]]);
    for (let v = 2; v <= 20; v++) {
      h.edit('a', v);
      mock.timers.tick(100);
    }
    assert.deepEqual(h.linted, [['a', 1]], 'linted inside the debounce');
    mock.timers.tick(49);
    assert.deepEqual(h.linted, [['a', 1]]);
    mock.timers.tick(1);
    assert.deepEqual(h.linted, [
      ['a', 1],
      ['a', 20],
    ]);
  });

  it('never lints a version the editor has moved past: the lint reads the version current when it runs', () => {
    const h = harness();
    h.scheduler.settingsReady();
    h.edit('a', 1);
    h.versions.set('a', 7); // changed meanwhile, its own change event still on the way
    mock.timers.tick(0);
    assert.deepEqual(h.linted, [['a', 7]]);
  });

  it('onSave: typing lints nothing, saving lints', () => {
    const h = harness({ run: 'onSave', debounceMs: 150 });
    h.scheduler.settingsReady();
    h.edit('a', 1);
    mock.timers.tick(0);
    h.edit('a', 2);
    mock.timers.tick(10_000);
    assert.deepEqual(h.linted, [['a', 1]]);
    h.scheduler.saved('a');
    mock.timers.tick(0);
    assert.deepEqual(h.linted, [
      ['a', 1],
      ['a', 2],
    ]);
  });

  it('a debounce of 0 still waits for the messages already received', () => {
    const h = harness({ run: 'onType', debounceMs: 0 });
    h.scheduler.settingsReady();
    h.edit('a', 1);
    h.edit('a', 2);
    h.edit('a', 3);
    assert.deepEqual(h.linted, []);
    mock.timers.tick(0);
    assert.deepEqual(h.linted, [['a', 3]]);
  });

  it('a closed letter is not linted; re-linting after a settings change covers every open letter', () => {
    const h = harness();
    h.scheduler.settingsReady();
    h.edit('a', 1);
    h.edit('b', 1);
    h.scheduler.closed('a');
    h.versions.delete('a');
    mock.timers.tick(0);
    assert.deepEqual(h.linted, [['b', 1]]);
    h.scheduler.relint(['b']);
    mock.timers.tick(0);
    assert.deepEqual(h.linted, [
      ['b', 1],
      ['b', 1],
    ]);
  });

  it('says why each lint runs, and whether one is due (what a pull waits for)', () => {
    const h = harness();
    h.scheduler.settingsReady();
    h.edit('a', 1);
    assert.equal(h.scheduler.isPending('a'), true);
    mock.timers.tick(0);
    assert.equal(h.scheduler.isPending('a'), false);
    h.edit('a', 2);
    assert.equal(h.scheduler.isPending('a'), true, 'no lint due while the debounce runs');
    mock.timers.tick(150);
    h.scheduler.relint(['a']);
    mock.timers.tick(0);
    h.settings.run = 'onSave';
    h.edit('a', 3);
    assert.equal(h.scheduler.isPending('a'), false, 'a lint due while typing in onSave mode');
    h.scheduler.saved('a');
    mock.timers.tick(0);
    assert.deepEqual(h.reasons, ['open', 'change', 'settings', 'save']);
  });
});
