// The HTML report in a real browser: Debian's Chromium (CI installs it, see .ci/run) driven by
// playwright-core. The pages come from the built CLI (`check --format html -o FILE`), are opened from
// file://, and must load nothing, log no error, show the numbers of `--format json` for the same check,
// and print to PDF. A full-page screenshot is kept in test/artifacts/ (gitignored) for people to look at.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { formatters } from '../../src/formatters/index.js';
import type { CheckResult, ReportResult } from '../../src/model/finding.js';
import { fixture, root } from '../helpers/run-cli.js';

const TIMEOUT = 60_000;
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
// What works headless in containers and CI runners (no user namespaces, small /dev/shm, no GPU).
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];
const ARTIFACTS = join(root, 'test', 'artifacts');
// CI (`.ci/run` installs Debian's chromium and sets DISCLOSE_BROWSER_TESTS=required) must run these tests and
// fails without a browser. A developer's machine without Chromium skips them with a warning, so the README's
// two-command quick start stays true there.
const REQUIRED = process.env['CI'] !== undefined || process.env['DISCLOSE_BROWSER_TESTS'] === 'required';
const RUN = REQUIRED || existsSync(CHROMIUM);
if (!RUN) console.warn(`Skipping the browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`);

/** A DOM element as the page functions below use it (the project's TypeScript has no DOM library). */
interface El {
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { width: number };
  textContent: string | null;
  attributes: ArrayLike<{ name: string }>;
  tagName: string;
}

interface Opened {
  page: Page;
  /** Every request other than the page itself (all blocked). */
  requests: string[];
  /** Console messages of type error, uncaught exceptions, dialogs (alert, confirm). */
  errors: string[];
}

let browser: Browser;
let dir: string;
let acme: Checked;
let errorsTags: Checked;
const opened: Page[] = [];

beforeAll(async () => {
  if (!RUN) return;
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install chromium, as .ci/run does) or set CHROMIUM_PATH to a Chromium executable.`,
    );
  }
  dir = mkdtempSync(join(tmpdir(), 'disclose-html-'));
  // The CLI runs (the slow part on a busy machine) side by side, while Chromium starts.
  [browser, acme, errorsTags] = await Promise.all([
    chromium.launch({ executablePath: CHROMIUM, args: ARGS }),
    checkBoth('examples/acme-2025', 'acme', 0),
    checkBoth(fixture('reports', 'errors-tags.md'), 'errors-tags', 1),
  ]);
}, TIMEOUT);

afterAll(async () => {
  for (const page of opened) await page.close();
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(file: string): Promise<Opened> {
  const url = pathToFileURL(file).href;
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
  opened.push(page);
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    if (request.url() !== url) requests.push(request.url());
  });
  await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests, errors };
}

/** The built CLI, asynchronously, so the checks below run side by side. */
function runCli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'dist', 'cli', 'main.js'), ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

interface Checked {
  /** The page `check --format html -o FILE` wrote. */
  file: string;
  /** The same check's `--format json` report. */
  report: ReportResult;
}

/** `check --format html -o FILE` and `--format json` on the same report. */
async function checkBoth(path: string, name: string, status: number): Promise<Checked> {
  const file = join(dir, `${name}.html`);
  const [written, json] = await Promise.all([runCli(['check', path, '--format', 'html', '-o', file]), runCli(['check', path, '--format', 'json'])]);
  expect({ status: written.status, stderr: written.stderr, stdout: written.stdout }).toEqual({ status, stderr: '', stdout: '' });
  expect(json.status).toBe(status);
  const result = JSON.parse(json.stdout) as CheckResult;
  expect(result.reports).toHaveLength(1);
  return { file, report: result.reports[0]! };
}

const nonZero = (values: number[]): number[] => values.filter((v) => v > 0);

/** The report's page shows the JSON's numbers: charts, gap list, content index. */
async function expectPageMatches(page: Page, report: ReportResult): Promise<void> {
  await expect(page.locator('h2').first().textContent()).resolves.toBe(report.file);
  // Every chart is an accessible image.
  const charts = page.locator('svg.chart');
  await expect(charts.count()).resolves.toBe(2);
  for (const chart of await charts.all()) {
    await expect(chart.getAttribute('role')).resolves.toBe('img');
    await expect(chart.getAttribute('aria-label')).resolves.toMatch(/\w/);
    await expect(chart.locator('title').first().textContent()).resolves.toMatch(/\w/);
  }

  // Coverage by framework: one bar each, its segments the JSON's reported / omitted / missing.
  const frameworkBars = page.locator('svg.chart-frameworks g.bar');
  const frameworks = Object.values(report.frameworks);
  await expect(frameworkBars.count()).resolves.toBe(frameworks.length);
  for (const [i, coverage] of frameworks.entries()) {
    const bar = frameworkBars.nth(i);
    const segments = await bar.locator('rect.segment').evaluateAll((els: El[]) =>
      els.map((el) => ({ value: Number(el.getAttribute('data-value')), width: el.getBoundingClientRect().width })),
    );
    expect(segments.map((s) => s.value)).toEqual(nonZero([coverage.reported, coverage.omitted, coverage.missing]));
    await expect(bar.locator('text.bar-numbers').textContent()).resolves.toBe(
      `${coverage.reported} reported · ${coverage.omitted} omitted · ${coverage.missing} missing`,
    );
    // Rendered widths are proportional to the numbers (one pixel of rounding per segment).
    const pxPerItem = segments.reduce((sum, s) => sum + s.width, 0) / coverage.required;
    for (const s of segments) expect(Math.abs(s.width - s.value * pxPerItem)).toBeLessThan(1);
  }

  // Coverage by standard and topic: one bar per standard, or per material topic for GRI topic disclosures.
  const groups = new Set(report.disclosures.map((d) => d.topic ?? d.standard));
  await expect(page.locator('svg.chart-topics g.bar').count()).resolves.toBe(groups.size);
  const charted = await page.locator('svg.chart-topics rect.segment').evaluateAll((els: El[]) =>
    els.map((el) => [el.getAttribute('data-status'), Number(el.getAttribute('data-value'))] as const),
  );
  for (const status of ['reported', 'omitted', 'missing'] as const) {
    const shown = charted.filter(([s]) => s === status).reduce((sum, [, v]) => sum + v, 0);
    expect({ status, shown }).toEqual({ status, shown: report.disclosures.filter((d) => d.status === status).length });
  }

  // Gap list and content index: one row per missing disclosure, finding and record.
  await expect(page.locator('tr.missing-row').count()).resolves.toBe(report.disclosures.filter((d) => d.status === 'missing').length);
  await expect(page.locator('tr.finding').count()).resolves.toBe(report.findings.length);
  for (const severity of ['error', 'warning', 'info'] as const) {
    await expect(page.locator(`tr.finding.${severity}`).count()).resolves.toBe(report.findings.filter((f) => f.severity === severity).length);
  }
  const ids = await page.locator('tr.record td.id').allTextContents();
  expect([...ids].sort()).toEqual(report.disclosures.map((d) => d.id).sort());
}

/** Print media: a PDF comes out. */
async function expectPrints(page: Page): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
  await page.emulateMedia({ media: 'screen' });
}

(RUN ? describe : describe.skip)('the HTML report in Chromium', () => {
  test('examples/acme-2025: no request, no error, the JSON numbers, prints; screenshot kept', async () => {
    const { file, report } = acme;
    const { page, requests, errors } = await open(file);
    await expectPageMatches(page, report);
    expect(report.disclosures.length).toBeGreaterThan(50); // the example is a full report: the counts above are not trivially 0
    await expectPrints(page);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'html-report.png'), fullPage: true });
    expect(readFileSync(join(ARTIFACTS, 'html-report.png')).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  }, TIMEOUT);

  test('a report full of mistakes: gap list and findings match the JSON', async () => {
    const { file, report } = errorsTags;
    const { page, requests, errors } = await open(file);
    expect(report.findings.length).toBeGreaterThan(10);
    expect(report.disclosures.some((d) => d.status === 'missing')).toBe(true);
    await expectPageMatches(page, report);
    await expectPrints(page);
    await page.screenshot({ path: join(ARTIFACTS, 'html-report-findings.png'), fullPage: true });
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  }, TIMEOUT);

  test('hostile report text is parsed as text: no element, attribute or dialog comes from it', async () => {
    const result = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'formatters', 'hostile.json'), 'utf8')) as CheckResult;
    const payload = `"><img src=x onerror=alert(1)></style><script>alert(2)</script>]]><svg onload=alert(3)>`;
    const hostile = result.reports[0]!;
    hostile.file = payload;
    hostile.disclosures[0]!.title = payload;
    hostile.disclosures[0]!.locations[0]!.section = payload;
    hostile.findings[0]!.message = `\`${payload}\` ${payload}`;
    result.reports.push({ ...hostile, frameworks: { [payload]: { claim: payload, required: 2, reported: 1, omitted: 0, missing: 1 } } });
    const file = join(dir, 'hostile.html');
    writeFileSync(file, formatters['html']!(result, { color: false }));
    const { page, requests, errors } = await open(file);
    await expect(page.locator('script, img, iframe, object, embed, svg svg, link').count()).resolves.toBe(0);
    const handlers = await page.locator('*').evaluateAll((els: El[]) =>
      els.flatMap((el) => Array.from(el.attributes).filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`)),
    );
    expect(handlers).toEqual([]);
    await expect(page.locator('h2').allTextContents()).resolves.toEqual([payload, payload]);
    await expect(page.locator('tr.record td.title').first().textContent()).resolves.toBe(payload);
    await expect(page.locator('tr.record td.location').first().textContent()).resolves.toBe(payload);
    await expect(page.locator('svg.chart-frameworks g.bar').nth(0).getAttribute('data-label')).resolves.toBe('GRI (in-accordance)');
    await expect(page.locator('#report-2 svg.chart-frameworks text.bar-label').first().textContent()).resolves.toContain('"><img');
    await expect(page.locator('style').count()).resolves.toBe(1);
    await expectPrints(page);
    // Reports start on a new printed page.
    await page.emulateMedia({ media: 'print' });
    const breakBefore = (el: unknown): string => (globalThis as unknown as { getComputedStyle(e: unknown): { breakBefore: string } }).getComputedStyle(el).breakBefore;
    await expect(page.locator('#report-2').evaluate(breakBefore)).resolves.toBe('page');
    await expect(page.locator('#report-1').evaluate(breakBefore)).resolves.toBe('auto');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  }, TIMEOUT);

  test('the recorders see a request, a console error, an exception and a dialog (the checks can fail)', async () => {
    const file = join(dir, 'canary.html');
    writeFileSync(
      file,
      '<!DOCTYPE html><title>canary</title><img src="http://192.0.2.1/x.png"><script>console.error("logged"); alert("hi"); throw new Error("thrown");</script>',
    );
    const { requests, errors } = await open(file);
    expect(requests).toEqual(['http://192.0.2.1/x.png']);
    expect(errors).toEqual(expect.arrayContaining(['console: logged', 'dialog: hi', 'pageerror: thrown']));
  }, TIMEOUT);
});
