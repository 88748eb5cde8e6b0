#!/usr/bin/env node
'use strict';
// Runs the compiled CLI; `npm run build` (or `npm start`) compiles it.
const { run } = require('../out/server/src/cli/main.js');
process.exitCode = run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
