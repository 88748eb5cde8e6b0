/**
 * The direction of imports in server/src, walked from the source: each file imports only from its
 * own layer or the layers below it, core/ and workspace/ import no protocol or editor library,
 * and no two core folders import each other (directly or round a loop).
 *
 *   text, inputFile <- catalog, model, findings <- parse <- analysis <- rules (and the rule
 *   engine: config, lint, shiftReport, analyze, suppress, diagnostics, fix) <- editor features (complete,
 *   describe, format, navigate) <- workspace (with project/) <- features/ (LSP) <- server, CLI
 *   (and browser/, the server's entry in a Worker)
 *
 * The edges today's code has against this order are listed in ALLOWED, each with why; an
 * allowance that is no longer needed fails the test too, so the list only ever shrinks.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import * as ts from 'typescript';
import { PROJECT_ROOT } from '../support/paths';

const SOURCE = join(PROJECT_ROOT, 'server', 'src');

/** Layer of a file (path relative to server/src, without .ts): the first pattern that matches. */
const LAYERS: readonly [RegExp, number, string][] = [
  [/^core\/(text\/|inputFile$)/, 0, 'text'],
  [/^core\/(catalog\/|model$|findings$)/, 1, 'catalog and model'],
  [/^core\/(grammar|parse)\//, 2, 'grammar and parse'],
  [/^core\/analysis\//, 3, 'analysis'],
  [/^core\/(rules\/|config$|projectConfig$|lint$|shiftReport$|analyze$|suppress$|diagnostics$|fix\/)/, 4, 'rules'],
  [/^core\/(complete|describe|format|navigate)\//, 5, 'editor features'],
  [/^(workspace|project)\//, 6, 'workspace'],
  [/^features\//, 7, 'LSP features'],
  [
    /^(server|main|workspaceLint|diagnosticReports|version)$|^cli\/|^browser\//,
    8,
    'server and CLI (browser/: the server in a Worker; diagnosticReports: what a pulling client is answered; version: what they report)',
  ],
];

/** Edges allowed against the order, each with why (none today): an entry that is no longer needed fails the test. */
const ALLOWED: readonly { from: string; to: string; why: string }[] = [];

const PROTOCOL_MODULES = /^(vscode|vscode-languageserver.*|vscode-languageclient.*|vscode-jsonrpc.*)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

interface Edge {
  from: string;
  to: string;
}

function moduleName(path: string): string {
  return relative(SOURCE, path).split('\\').join('/').replace(/\.ts$/, '');
}

/** Every import of server/src: relative ones resolved to a module name, others as written. */
function imports(): { internal: Edge[]; external: Edge[] } {
  const internal: Edge[] = [];
  const external: Edge[] = [];
  for (const file of sourceFiles(SOURCE)) {
    const from = moduleName(file);
    for (const imported of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      const spec = imported.fileName;
      if (spec.startsWith('.')) {
        const path = resolve(dirname(file), spec);
        // "../rules" is the folder's index; a data file (catalog JSON) belongs to its folder's layer.
        const target = existsSync(`${path}.ts`) || spec.endsWith('.json') ? moduleName(path) : `${moduleName(path)}/index`;
        internal.push({ from, to: target.replace(/\.json$/, '') });
      } else external.push({ from, to: spec });
    }
  }
  return { internal, external };
}

function layerOf(module: string): [number, string] {
  const found = LAYERS.find(([pattern]) => pattern.test(module));
  assert.ok(found, `server/src/${module} has no layer: add it to LAYERS`);
  return [found[1], found[2]];
}

const isAllowed = (edge: Edge) => ALLOWED.some((a) => a.from === edge.from && a.to === edge.to);

describe('import layers (server/src)', () => {
  const { internal, external } = imports();

  it('finds the imports (the walk itself works)', () => {
    assert.ok(internal.length > 200, `${internal.length} imports`);
    assert.ok(internal.some((e) => e.from === 'server' && e.to === 'workspace/workspace'));
  });

  it('each file imports only from its own layer or below', () => {
    const wrong = internal
      .filter((edge) => !isAllowed(edge))
      .filter((edge) => layerOf(edge.from)[0] < layerOf(edge.to)[0])
      .map((edge) => `${edge.from} (${layerOf(edge.from)[1]}) imports ${edge.to} (${layerOf(edge.to)[1]})`);
    assert.deepEqual(wrong, []);
  });

  it('core/ and workspace/ import no protocol or editor library', () => {
    const wrong = external.filter((e) => /^(core|workspace|project)\//.test(e.from) && PROTOCOL_MODULES.test(e.to)).map((e) => `${e.from} imports ${e.to}`);
    assert.deepEqual(wrong, []);
  });

  it('no loop between core folders', () => {
    const folder = (module: string) => (/^core\/[^/]+\//.test(module) ? module.split('/').slice(0, 2).join('/') : module);
    const graph = new Map<string, Set<string>>();
    for (const edge of internal) {
      if (isAllowed(edge) || !edge.from.startsWith('core/') || !edge.to.startsWith('core/')) continue;
      const [a, b] = [folder(edge.from), folder(edge.to)];
      if (a === b) continue;
      if (!graph.has(a)) graph.set(a, new Set());
      graph.get(a)!.add(b);
    }
    const loops: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (node: string, path: string[]) => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        loops.push([...path.slice(path.indexOf(node)), node].join(' -> '));
        return;
      }
      state.set(node, 'open');
      for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
      state.set(node, 'done');
    };
    for (const node of graph.keys()) visit(node, []);
    assert.deepEqual(loops, []);
  });

  it('every allowance is still needed (delete the entry when its import is gone)', () => {
    const stale = ALLOWED.filter((a) => !internal.some((e) => e.from === a.from && e.to === a.to)).map((a) => `${a.from} -> ${a.to}`);
    assert.deepEqual(stale, []);
  });
});
