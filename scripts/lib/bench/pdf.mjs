// The PDF rows of `npm run bench` (issue 13, item 8): the layout reader on a 120-page and a 300-page text
// report and on an image-heavy one, each printed by Chromium from HTML generated here, beside
// `pdftotext -layout` (poppler) on the same file in the same run. Goals: within 4x of pdftotext on text,
// under 300 MB peak at 300 pages, image-heavy as fast as text-only. A row is skipped, with a note, when
// Chromium or pdftotext is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, printToPdf } from '../pdf-fixtures/chromium.mjs';
import { pagesHtml } from '../pdf-fixtures/pages.mjs';
import { createRandom } from './prng.mjs';
import { median } from './measure.mjs';
import { megabytes, seconds, size } from './table.mjs';

const layoutScript = join(import.meta.dirname, 'pdf-layout.mjs');
const floorScript = join(import.meta.dirname, 'pdfjs-floor.mjs');
const GNU_TIME = '/usr/bin/time';
const WORDS = 'energy water waste emissions supplier employee board risk climate target scope carbon reduction training safety community governance policy audit disclosure intensity renewable electricity'.split(' ');

function words(prng, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(prng() * WORDS.length)]);
  return out.join(' ');
}

/** A two-column page with a running header, a printed number, a heading and about 500 words. */
function sheet(prng, page, withImage) {
  const paragraphs = Array.from({ length: 6 }, () => `<p>${words(prng, 80)}.</p>`).join('');
  const image = withImage
    ? `<canvas id="i${page}" width="900" height="500" style="width:170mm"></canvas><script>{const c=document.getElementById('i${page}').getContext('2d');const d=c.createImageData(900,500);for(let i=0;i<d.data.length;i++)d.data[i]=(i*${page % 7 + 3}+((i>>4)*31))&255;c.putImageData(d,0,0)}</script>`
    : '';
  return {
    header: 'Bench Holdings Sustainability Report 2025',
    footer: String(page),
    footerAlign: page % 2 ? 'right' : 'left',
    body: `${page % 10 === 1 ? `<h1>${Math.ceil(page / 10)} Chapter on ${words(prng, 2)}</h1>` : ''}<h2>${page}.1 Section on ${words(prng, 2)}</h2>${image}<div class="cols2" style="height:${withImage ? 110 : 200}mm">${paragraphs}</div>`,
  };
}

function makePdf(chromium, dir, name, pages, withImage, seed) {
  const random = createRandom(seed);
  const prng = random.next;
  const path = join(dir, name);
  printToPdf(chromium, pagesHtml(Array.from({ length: pages }, (_, i) => sheet(prng, i + 1, withImage))), path);
  return path;
}

/** Wall time and, through GNU time when it is there, peak RSS of any command. */
function timeCommand(command, args) {
  const gnu = existsSync(GNU_TIME);
  const started = process.hrtime.bigint();
  const result = gnu
    ? spawnSync(GNU_TIME, ['-f', '%M %U %S', command, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
    : spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}: ${result.stderr.trim().slice(-300)}`);
  const [rssKB, user, system] = gnu ? result.stderr.trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
  return { ms, rssKB, cpuMs: (user + system) * 1000 };
}

export const PDF_INPUTS = [
  { id: 'pdf-120', label: '120-page text report', pages: 120, image: false, seed: 2001 },
  { id: 'pdf-300', label: '300-page text report', pages: 300, image: false, seed: 2002 },
  { id: 'pdf-images', label: '120 pages, an image on each', pages: 120, image: true, seed: 2003 },
];

export function runPdfBench(runner, dir, log, { runs = 3 } = {}) {
  const chromium = findChromium();
  const pdftotext = spawnSync('sh', ['-c', 'command -v pdftotext'], { encoding: 'utf8' }).stdout.trim();
  if (!chromium) return { rows: [], note: 'PDF rows skipped: Chromium is not installed (it prints the test PDFs)' };
  const rows = [];
  for (const input of PDF_INPUTS) {
    const path = makePdf(chromium, dir, `${input.id}.pdf`, input.pages, input.image, input.seed);
    const layout = [];
    const floor = [];
    const poppler = [];
    for (let run = 0; run < runs; run++) {
      layout.push(runner.run([layoutScript, path]));
      floor.push(runner.run([floorScript, path]));
      if (pdftotext) poppler.push(timeCommand(pdftotext, ['-layout', path, '/dev/null']));
    }
    const row = {
      id: input.id,
      label: input.label,
      pages: input.pages,
      bytes: statSync(path).size,
      layout: { ms: median(layout.map((s) => s.ms)), cpuMs: median(layout.map((s) => s.cpuMs)), rssKB: median(layout.map((s) => s.rssKB)), runs: layout.map((s) => Math.round(s.ms)) },
      // pdfjs-dist's text extraction alone, with the reader's options: what no work of ours can go below.
      pdfjsAlone: { ms: median(floor.map((s) => s.ms)), cpuMs: median(floor.map((s) => s.cpuMs)) },
      pdftotext: pdftotext ? { ms: median(poppler.map((s) => s.ms)), cpuMs: median(poppler.map((s) => s.cpuMs)), rssKB: median(poppler.map((s) => s.rssKB)) } : undefined,
    };
    rows.push(row);
    log(`  ${row.label} (${size(row.bytes)}): layout ${Math.round(row.layout.ms)} ms${row.pdftotext ? `, pdftotext ${Math.round(row.pdftotext.ms)} ms` : ''}`);
  }
  return { rows, note: pdftotext ? '' : 'pdftotext is not installed: no ratio' };
}

export function pdfTable({ rows, note }) {
  if (rows.length === 0) return note;
  const lines = [
    '| PDF | size | layout reader | pages/s | peak RSS | `pdftotext -layout` | × pdftotext | CPU × pdftotext | pdfjs-dist text alone | its CPU × pdftotext |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const r of rows) {
    const ratio = r.pdftotext ? `${(r.layout.ms / r.pdftotext.ms).toFixed(1)}×` : 'n/a';
    const cpu = r.pdftotext && r.pdftotext.cpuMs > 0 ? `${(r.layout.cpuMs / r.pdftotext.cpuMs).toFixed(1)}×` : 'n/a';
    const floorCpu = r.pdftotext && r.pdftotext.cpuMs > 0 && r.pdfjsAlone ? `${(r.pdfjsAlone.cpuMs / r.pdftotext.cpuMs).toFixed(1)}×` : 'n/a';
    lines.push(
      `| ${r.label} | ${size(r.bytes)} | ${seconds(r.layout.ms)} | ${Math.round(r.pages / (r.layout.ms / 1000))} | ${megabytes(r.layout.rssKB)} | ${r.pdftotext ? seconds(r.pdftotext.ms) : 'n/a'} | ${ratio} | ${cpu} | ${r.pdfjsAlone ? seconds(r.pdfjsAlone.ms) : 'n/a'} | ${floorCpu} |`,
    );
  }
  return [lines.join('\n'), note].filter(Boolean).join('\n\n');
}
