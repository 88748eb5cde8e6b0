/**
 * `npm run bench`: core throughput over the corpus and generated letters, the CLI, then the
 * language server over stdio against a bare vscode-languageserver (the framework's floor), with
 * the goals of issue 12. Prints tables and writes bench/results/*.json.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { measureThroughput } from './corpusThroughput';
import { generateLetter } from './generateLetter';
import { BenchClient, measureDocument, type DocumentFigures } from './lspLatency';
import { measureArchive } from './archive';
import { measureCliCorpus } from './cliCorpus';
import { measureFreshServers } from './freshServer';
import { checkGoals } from './goals';
import { round } from './stats';
import { publishedDiagnostics } from './publishedDiagnostics';
import { measureEditChurn } from './editChurn';
import { measureFirstAnalysis } from './firstAnalysis';
import { measureKeystrokeParts } from './ruleCosts';
import { Catalog } from '../server/src/core/catalog/catalog';

const root = resolve(__dirname, '..', '..');
const shared = resolve(root, '..', 'shared');
const corpus = join(shared, 'corpus', 'letters');
const results = join(root, 'bench', 'results');
const quick = process.argv.includes('--quick');

async function main(): Promise<void> {
  mkdirSync(results, { recursive: true });
  console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}\n`);

  const throughput = measureThroughput(existsSync(corpus) ? corpus : undefined);
  console.log('core (parse + all rules, one process)');
  console.log(
    `  corpus ${throughput.letters} letters x 5 rounds = ${round(throughput.megabytes)} MB: ${round(throughput.mbPerSecond)} MB/s; per letter median ${round(throughput.perLetterMedianMs, 3)} ms, p95 ${round(throughput.perLetterP95Ms, 3)} ms`,
  );
  for (const g of throughput.generated)
    console.log(`  generated ${Math.round(g.bytes / 1000)} KB (${g.items} items): median ${round(g.medianMs)} ms, p95 ${round(g.p95Ms)} ms`);
  // One catalog and one generated 1 MB letter for every measurement in this process (the servers load their own).
  const catalog = Catalog.load();
  const megabyteLetter = generateLetter(1_000_000);
  const churn = await measureEditChurn(megabyteLetter, catalog, quick ? 40 : 110);
  console.log(
    `  an edit of the generated ${Math.round(churn.bytes / 1000)} KB letter (${churn.edits} keystrokes, after the previous version): parse median ${round(churn.parseMedianMs)} ms, rules ${round(churn.rulesMedianMs)} ms; allocates ${round(churn.allocatedMb)} MB, of which ${round(churn.survivingMb)} MB outlives the young generation`,
  );

  const largestPath = existsSync(corpus)
    ? readdirSync(corpus)
        .map((f) => join(corpus, f))
        .sort((a, b) => statSync(b).size - statSync(a).size)[0]
    : undefined;
  const firstAnalysis = largestPath ? measureFirstAnalysis(largestPath, quick ? 3 : 9) : undefined;
  if (firstAnalysis)
    console.log(
      `  the first analysis of the largest corpus letter after the server's warm-up, alone in a new process (median of ${firstAnalysis.processes}): ${round(firstAnalysis.medianMs, 1)} ms (${firstAnalysis.samples.map((ms) => round(ms, 1)).join(', ')})`,
    );

  const largestText = largestPath ? readFileSync(largestPath, 'utf8') : generateLetter(27_000);
  const parts = [measureKeystrokeParts(largestText, catalog, quick ? 100 : 400), measureKeystrokeParts(megabyteLetter, catalog, quick ? 40 : 200)];
  console.log(
    `\nwhat a keystroke costs the core, part by part, with the code hot (median us; the parse includes reading the new version, which comes as a concatenation, into one string)`,
  );
  console.log(`| part | ${parts.map((p) => `${Math.round(p.bytes / 1000)} KB`).join(' | ')} |`);
  console.log(`| --- | ${parts.map(() => '---:').join(' | ')} |`);
  const byCost = Object.keys(parts[0].medianUs).sort((a, b) => parts[1].medianUs[b] - parts[1].medianUs[a]);
  for (const part of byCost) console.log(`| ${part} | ${parts.map((p) => round(p.medianUs[part], 1)).join(' | ')} |`);

  const archive = await measureArchive(root, corpus, quick ? 1000 : 10_000);
  console.log(
    `\nCLI over an archive of ${archive.letters} letters (${round(archive.megabytes)} MB): ${archive.runs.map((r) => `${r.jobs} job${r.jobs > 1 ? 's' : ''} ${round(r.seconds)} s = ${round(r.mbPerSecond)} MB/s`).join('; ')}`,
  );

  const cli = measureCliCorpus(root, corpus, 3);
  console.log(
    `CLI over the corpus (${round(cli.megabytes)} MB), one process: ${round(cli.runSeconds, 2)} s, start ${round(cli.startSeconds, 2)} s, net ${round(cli.mbPerSecond, 1)} MB/s`,
  );

  const documents: { name: string; text: string }[] = [];
  if (existsSync(join(shared, 'examples', 'seed-determination.txt')))
    documents.push({ name: 'seed', text: readFileSync(join(shared, 'examples', 'seed-determination.txt'), 'utf8') });
  if (largestPath) documents.push({ name: 'largest-corpus', text: largestText });
  documents.push({ name: 'generated-100KB', text: generateLetter(100_000) }, { name: 'generated-1MB', text: megabyteLetter });

  const settings = { lint: { debounceMs: 0 } };
  const rounds = quick ? 3 : 10;
  const lsp: Record<string, { imr: DocumentFigures; bare: DocumentFigures; kb: number }> = {};
  const imr = await BenchClient.start(join(root, 'out', 'server', 'src', 'main.js'), settings);
  const bare = await BenchClient.start(join(root, 'out', 'bench', 'bareServer.js'), settings);
  for (const { name, text } of documents) {
    lsp[name] = {
      kb: Math.round(text.length / 1000),
      imr: await measureDocument(imr, name, text, rounds),
      bare: await measureDocument(bare, name, text, rounds),
    };
  }
  const rss = { imr: imr.peakRssMb(), bare: bare.peakRssMb() };
  await imr.stop();
  await bare.stop();

  console.log(`\nlanguage server over stdio (ms, median / p95; ratio = p95 / bare server's p95; debounce 0; ${rounds} rounds)`);
  console.log(`| document | KB | open | keystroke | completion | hover |`);
  console.log(`| --- | ---: | --- | --- | --- | --- |`);
  const cell = (a: { median: number; p95: number }, b: { p95: number }) => `${round(a.median)} / ${round(a.p95)} (x${round(a.p95 / Math.max(b.p95, 0.05), 1)})`;
  for (const [name, f] of Object.entries(lsp)) {
    console.log(
      `| ${name} | ${f.kb} | ${cell(f.imr.open, f.bare.open)} | ${cell(f.imr.keystroke, f.bare.keystroke)} | ${cell(f.imr.completion, f.bare.completion)} | ${cell(f.imr.hover, f.bare.hover)} |`,
    );
  }
  console.log(`peak RSS: imr ${round(rss.imr, 1)} MB (with every document above opened, 1 MB included), bare ${round(rss.bare, 1)} MB`);

  const letters = { largest: largestText, megabyte: megabyteLetter };
  const servers = quick ? 1 : 5;
  const publish = publishedDiagnostics(letters, catalog);
  const bareMain = join(root, 'out', 'bench', 'bareServer.js');
  const fresh = await measureFreshServers(
    {
      imr: { main: join(root, 'out', 'server', 'src', 'main.js') },
      imrPulled: { main: join(root, 'out', 'server', 'src', 'main.js'), pull: true },
      bare: { main: bareMain },
      barePublishing: { main: bareMain, initializationOptions: { publish } },
    },
    letters,
    servers,
    32,
  );
  console.log(
    `\nfresh servers (medians of ${servers}, the servers taking turns): first letter opened (largest corpus), its edits, then the 1 MB letter opened and edited`,
  );
  console.log(`  start (spawn -> initialize answered): imr ${round(fresh.imr.initializeMs)} ms, bare ${round(fresh.bare.initializeMs)} ms`);
  const counts = Object.values(publish).map((d) => `${d.length} (${round(JSON.stringify(d).length / 1000)} KB)`);
  const { barePublishing: p } = fresh;
  console.log(
    `  the bare server publishing the real server's diagnostics, ${counts.join(' and ')} (not a goal; what no analysis goes under): first open ${round(p.firstOpenMs, 1)} ms, its edit ${round(p.largestEditMs, 1)} ms; 1 MB open ${round(p.megabyteOpenMs, 1)} ms, its edit ${round(p.megabyteEditMs, 1)} ms`,
  );
  const { imrPulled: q } = fresh;
  console.log(
    `  the same server for a client that pulls diagnostics (LSP 3.17, as Neovim 0.10; not a goal): first open ${round(q.firstOpenMs, 1)} ms, its edit ${round(q.largestEditMs, 1)} ms; 1 MB open ${round(q.megabyteOpenMs, 1)} ms, its edit ${round(q.megabyteEditMs, 1)} ms; peak RSS ${round(q.peakRssMb, 1)} MiB`,
  );
  const goals = checkGoals(fresh.imr, fresh.bare, fresh.barePublishing, cli, archive);
  console.log('\ngoals of issue 12');
  for (const g of goals) console.log(`  ${g.held ? 'held' : 'MISS'} ${g.what}: ${g.value}`);
  writeFileSync(
    join(results, 'bench.json'),
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, throughput, churn, firstAnalysis, parts, archive, cli, lsp, rss, fresh, goals }, null, 2)}\n`,
  );
  console.log('\nwritten: bench/results/bench.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
