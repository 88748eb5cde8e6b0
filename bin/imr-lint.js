#!/usr/bin/env node
'use strict';
// Runs the compiled CLI; `npm run build` (or `npm start`) compiles it.
require('../out/server/src/cli/main.js').main();
