#!/usr/bin/env node
'use strict';
// Starts the language server: `imr-language-server --stdio` (or --node-ipc when spawned by VS Code).
require('../out/server/src/main.js');
