#!/usr/bin/env node
// `npm run bench` (issue 7): how fast `disclose check`, `index` and `suggest` are on generated realistic
// reports of about 100 KB, 1 MB and 10 MB (or just under the largest report disclose reads, if that is
// less) and on a 12-file report, beside the floor (reading the files and parsing them with remark as
// ingest does: scripts/lib/bench/parse-floor.mjs), and how fast the CLI starts beside `node -e 0`.
// Every command runs in a child process of its own (peak memory is per command); runs of the commands
// are interleaved, so a change in the machine's load hits all of them.
// Prints Markdown tables for the README (or JSON with --json). Run after `npm run build`:
//   node scripts/bench.mjs [--quick] [--json] [--keep] [--robustness-only | --pdf-only | --inputs 1m,large]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalog } from '../dist/index.js';
import * as decode from '../dist/ingest/decode.js';
import { createRunner, median } from './lib/bench/measure.mjs';
import { generateReport } from './lib/bench/report.mjs';
import { pdfTable, runPdfBench } from './lib/bench/pdf.mjs';
import { robustnessTable, runRobustness } from './lib/bench/robustness.mjs';
import { cpuTable, inputsTable, size, startupTable } from './lib/bench/table.mjs';

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    // Only the robustness rows (hostile shapes, each run once): scripts/lib/bench/robustness.mjs.
    'robustness-only': { type: 'boolean', default: false },
    // Only the PDF rows (issue 13): scripts/lib/bench/pdf.mjs.
    'pdf-only': { type: 'boolean', default: false },
    // Only these generated reports (ids of INPUTS: 100k, 1m, large, multi), their table and nothing else
    // (no start-up, robustness or PDF rows): for comparing commands at one size, e.g. suggest against check.
    inputs: { type: 'string' },
  },
});
const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli', 'main.js');
const floorScript = join(import.meta.dirname, 'lib', 'bench', 'parse-floor.mjs');
const KB = 1024;
// disclose refuses a report over MAX_REPORT_BYTES; the large input stays 2% under it (a generated report
// overshoots its target by up to one section).
const LARGE = Math.min(10 * 1024 * KB, Math.floor((decode.MAX_REPORT_BYTES ?? Infinity) * 0.98));
const INPUTS = [
  { id: '100k', label: 'generated, 1 file', bytes: 100 * KB, files: 1, runs: 5, seed: 1001 },
  { id: '1m', label: 'generated, 1 file', bytes: 1024 * KB, files: 1, runs: 5, seed: 1002 },
  { id: 'large', label: 'generated, 1 file', bytes: LARGE, files: 1, runs: 3, seed: 1003 },
  { id: 'multi', label: 'generated, 12 files (by chapter)', bytes: 2 * 1024 * KB, files: 12, runs: 5, seed: 1004 },
];
const only = options.inputs?.split(',').map((id) => id.trim());
const unknownInput = only?.find((id) => !INPUTS.some((input) => input.id === id));
if (unknownInput !== undefined) throw new Error(`--inputs: no generated report "${unknownInput}" (known: ${INPUTS.map((i) => i.id).join(', ')})`);
const STARTUP_RUNS = options.quick ? 10 : 20;
const pdfRuns = options.quick ? 1 : 3;
const runsOf = (input) => (options.quick ? Math.max(1, Math.ceil(input.runs / 2) - 1) : input.runs);
const log = (text) => process.stderr.write(`${text}\n`);
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

/**
 * The arguments for `disclose suggest`, or undefined when this build has no such command (its own usage
 * must print: for an unknown command, commander prints the program's help and exits 0 too).
 */
function suggestArgs() {
  const help = spawnSync(process.execPath, [cli, 'suggest', '--help'], { encoding: 'utf8' });
  if (help.status !== 0 || !/^Usage: disclose suggest\b/m.test(help.stdout)) return undefined;
  // Never let the benchmark rewrite its own inputs.
  return /--write\b/.test(help.stdout) ? [] : /--dry-run\b/.test(help.stdout) ? ['--dry-run'] : [];
}

function writeInput(dir, input, catalog) {
  const files = generateReport(catalog, { seed: input.seed, targetBytes: input.bytes, files: input.files, name: `report-${input.id}.md` });
  const target = input.files > 1 ? join(dir, `report-${input.id}`) : join(dir, files[0].name);
  if (input.files > 1) mkdirSync(target);
  for (const file of files) writeFileSync(input.files > 1 ? join(target, file.name) : target, file.text);
  return { path: target, bytes: files.reduce((n, f) => n + Buffer.byteLength(f.text), 0), fileCount: files.length };
}

function digest(path, files) {
  const hash = createHash('sha256');
  for (const file of files > 1 ? readdirSync(path).sort().map((f) => join(path, f)) : [path]) hash.update(readFileSync(file));
  return hash.digest('hex');
}

const summarise = (samples) => ({
  ms: median(samples.map((s) => s.ms)),
  cpuMs: median(samples.map((s) => s.cpuMs)),
  rssKB: median(samples.map((s) => s.rssKB)),
  runs: samples.map((s) => Math.round(s.ms)),
});

const runner = createRunner();
const dir = mkdtempSync(join(tmpdir(), 'disclose-bench-'));
const suggest = suggestArgs();
const commands = {
  floor: (path) => ({ args: [floorScript, path] }),
  check: (path) => ({ args: [cli, 'check', path], ok: [0, 1] }),
  index: (path) => ({ args: [cli, 'index', path] }),
  ...(suggest ? { suggest: (path) => ({ args: [cli, 'suggest', ...suggest, path], ok: [0, 1] }) } : {}),
};
const loadBefore = load();
log(`disclose bench: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, load average ${loadBefore}`);
log(`memory: ${runner.method}; inputs in ${dir}${suggest ? '' : '; `disclose suggest` not available: n/a'}`);

const robustnessText = (rows) =>
  [`Robustness: each shape once (the machine is shared: times are indicative); refused = exit 2 with one line on stderr. Load average ${load()} after.`, '', robustnessTable(rows), ''].join('\n');

try {
  const pdfText = (pdf) => [`PDF: the layout reader (scripts/lib/bench/pdf-layout.mjs) beside \`pdftotext -layout\` on the same file, median of ${pdfRuns} runs. Load average ${load()} after.`, '', pdfTable(pdf), ''].join('\n');
  if (options['pdf-only']) {
    const pdf = runPdfBench(runner, dir, log, { runs: pdfRuns });
    process.stdout.write(options.json ? `${JSON.stringify({ pdf }, null, 2)}\n` : pdfText(pdf));
  } else if (options['robustness-only']) {
    const rows = runRobustness(runner, dir, cli, log);
    process.stdout.write(options.json ? `${JSON.stringify({ robustness: rows }, null, 2)}\n` : robustnessText(rows));
  } else {
    const catalog = loadCatalog();
    const inputs = [];
    for (const input of INPUTS) {
      if (only && !only.includes(input.id)) continue;
      const written = writeInput(dir, input, catalog);
      const before = digest(written.path, input.files);
      const samples = Object.fromEntries(Object.keys(commands).map((c) => [c, []]));
      for (let run = 0; run < runsOf(input); run++) {
        for (const [name, command] of Object.entries(commands)) {
          const { args, ok } = command(written.path);
          samples[name].push(runner.run(args, { ok, cwd: dir }));
        }
      }
      if (digest(written.path, input.files) !== before) throw new Error(`a command changed the input ${written.path}`);
      const results = Object.fromEntries(Object.entries(samples).map(([name, s]) => [name, summarise(s)]));
      inputs.push({ id: input.id, label: input.label, bytes: written.bytes, files: written.fileCount, runs: runsOf(input), results });
      log(`  ${size(written.bytes)} (${input.label}): ${Object.entries(results).map(([n, r]) => `${n} ${Math.round(r.ms)} ms`).join(', ')}`);
    }

    if (only) {
      const names = Object.keys(commands).filter((c) => c !== 'floor');
      const heading = `Wall time, median of each report's runs (× the floor) · peak RSS; load average ${loadBefore} before, ${load()} after.`;
      process.stdout.write(options.json ? `${JSON.stringify({ inputs }, null, 2)}\n` : [heading, '', inputsTable(inputs, names), '', 'CPU time (user + system), × the floor\'s:', '', cpuTable(inputs, names), ''].join('\n'));
    } else {
      const startupCases = [
        { label: 'node -e 0', args: ['-e', '0'], baseline: true },
        { label: 'disclose --version', args: [cli, '--version'] },
        { label: 'disclose --help', args: [cli, '--help'] },
        { label: 'disclose check --help', args: [cli, 'check', '--help'] },
      ];
      const startupSamples = startupCases.map(() => []);
      for (let run = 0; run < STARTUP_RUNS; run++) startupCases.forEach((c, i) => startupSamples[i].push(runner.run(c.args)));
      const startup = startupCases.map((c, i) => ({ label: c.label, baseline: c.baseline === true, ...summarise(startupSamples[i]) }));

      log('robustness (hostile shapes, once each):');
      const robustness = runRobustness(runner, dir, cli, log);
      log('PDF (generated by Chromium):');
      const pdf = runPdfBench(runner, dir, log, { runs: pdfRuns });

      const byId = new Map(inputs.map((i) => [i.id, i]));
      const growth = byId.get('large').results.check.ms / byId.get('1m').results.check.ms;
      const bytesGrowth = byId.get('large').bytes / byId.get('1m').bytes;
      const machine = { cores: cpus().length, cpu: cpus()[0]?.model, node: process.version, loadBefore, loadAfter: load(), memory: runner.method };
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ machine, quick: options.quick, inputs, startup, robustness, pdf, checkGrowthLargeOver1m: { time: growth, bytes: bytesGrowth } }, null, 2)}\n`);
      } else {
        const names = Object.keys(commands).filter((c) => c !== 'floor');
        if (!suggest) names.push('suggest');
        process.stdout.write(
          [
            `Wall time, median of ${runsOf(INPUTS[0])} runs (${runsOf(INPUTS[2])} at ${size(byId.get('large').bytes)}) (× the floor) · peak RSS. ${machine.cores} cores, ${machine.cpu}, Node ${machine.node}; load average ${loadBefore} before, ${machine.loadAfter} after.`,
            '',
            inputsTable(inputs, names),
            '',
            `\`check\` from 1 MB to ${size(byId.get('large').bytes)}: ${growth.toFixed(1)}× the time for ${bytesGrowth.toFixed(1)}× the bytes.`,
            '',
            'CPU time (user + system), × the floor\'s:',
            '',
            cpuTable(inputs, names),
            '',
            `Start-up, median of ${STARTUP_RUNS} runs:`,
            '',
            startupTable(startup),
            '',
            robustnessText(robustness),
            pdfText(pdf),
          ].join('\n'),
        );
      }
    }
  }
} finally {
  runner.close();
  if (options.keep) log(`inputs kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
