/** The version the server (serverInfo) and the CLI (--version) report is package.json's. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { VERSION } from '../../server/src/version';

test('server/src/version.ts is up to date with package.json (npm run generate)', () => {
  const { version } = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { version: string };
  assert.equal(VERSION, version);
});
