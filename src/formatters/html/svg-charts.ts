// Inline-SVG stacked horizontal bars (reported / omitted / missing), one row per framework or topic:
// a label line (the summary right-aligned), the bar with its numbers as text at the right, and a legend. Sizes are in SVG user units; the
// page scales the whole chart down on narrow screens. No script, no external reference.
import { maxOf } from '../../arrays.js';
import { CHARTED, type ChartedStatus } from './groups.js';
import { html, type Markup } from './markup.js';
import { INK, MUTED, RULE, STATUS_COLOURS } from './palette.js';

export interface ChartSegment {
  status: ChartedStatus;
  value: number;
}

export interface ChartBar {
  label: string;
  /** Right-aligned on the label line: `96% of 70 required`. */
  summary: string;
  segments: ChartSegment[];
  /** What a full-length bar stands for (a framework's required count, a group's record count). */
  total: number;
  /** Shown instead of a bar when the total is 0 (`nothing required`). */
  empty: string;
}

export interface StackedBarChart {
  /** Unique on the page; prefixes the ids of the chart's title and description. */
  id: string;
  className: string;
  title: string;
  bars: ChartBar[];
  /**
   * `per-bar`: every bar is full length and shows shares of its own total (coverage of a framework).
   * `shared`: one scale for all bars, so a topic with more disclosures has a longer bar.
   */
  scale: 'per-bar' | 'shared';
  /** The legend and the counted statuses in the page's locale; English by default. */
  words?: ChartWords;
}

export interface ChartWords {
  legend: Readonly<Record<ChartedStatus, string>>;
  counted: Readonly<Record<ChartedStatus, string>>;
}

export const CHART_WIDTH = 760;
export const BAR_WIDTH = 440;
const BAR_HEIGHT = 18;
const LABEL_HEIGHT = 20;
const ROW_HEIGHT = LABEL_HEIGHT + BAR_HEIGHT + 16;
const FONT_SIZE = 13;
const LEGEND_HEIGHT = 28;

export const LEGEND: Readonly<Record<ChartedStatus, string>> = {
  reported: 'Reported',
  omitted: 'Omitted with a reason',
  missing: 'Missing',
};

const ENGLISH: ChartWords = { legend: LEGEND, counted: { reported: 'reported', omitted: 'omitted', missing: 'missing' } };

/** `67 reported · 3 omitted · 0 missing`. */
export function breakdown(segments: readonly ChartSegment[], words: ChartWords = ENGLISH): string {
  return CHARTED.map((status) => `${segments.find((s) => s.status === status)?.value ?? 0} ${words.counted[status]}`).join(' · ');
}

// SVG text does not wrap and we cannot measure it without fonts, so labels are cut to an estimated
// width: East Asian wide characters take about 1 em, others at most about 0.6 em (a wide sans-serif's average, bold).
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

export function estimatedWidth(text: string, fontSize = FONT_SIZE): number {
  let ems = 0;
  for (const ch of text) ems += WIDE.test(ch) ? 1 : 0.6;
  return ems * fontSize;
}

/** The text, or as much of it as fits in `width` followed by `…`. */
export function fitText(text: string, width: number, fontSize = FONT_SIZE): string {
  if (estimatedWidth(text, fontSize) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && estimatedWidth(`${chars.join('')}…`, fontSize) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** Two decimals: enough for a crisp bar, and the same bytes on every run. */
const units = (n: number): number => Math.round(n * 100) / 100;

function barRow(bar: ChartBar, index: number, unitsPerItem: number, words: ChartWords): Markup {
  const top = index * ROW_HEIGHT;
  const barY = top + LABEL_HEIGHT;
  const label = fitText(bar.label, CHART_WIDTH - estimatedWidth(bar.summary, 12) - 24);
  let x = 0;
  const rects = bar.segments
    .filter((segment) => segment.value > 0)
    .map((segment) => {
      const width = units(segment.value * unitsPerItem);
      const colours = STATUS_COLOURS[segment.status];
      const rect = html`<rect class="segment ${segment.status}" data-status="${segment.status}" data-value="${segment.value}" x="${units(x)}" y="${barY}" width="${width}" height="${BAR_HEIGHT}" fill="${colours.fill}"><title>${segment.value} ${words.counted[segment.status]}</title></rect>`;
      // An outline is drawn half outside its rectangle: a separate, inset one keeps the segment's width exact.
      const outline = colours.stroke
        ? html`<rect class="outline" x="${units(x + 0.75)}" y="${barY + 0.75}" width="${units(Math.max(width - 1.5, 0))}" height="${BAR_HEIGHT - 1.5}" fill="none" stroke="${colours.stroke}" stroke-width="1.5"/>`
        : '';
      x += width;
      return html`${rect}${outline}`;
    });
  const track =
    bar.total === 0
      ? html`<rect class="track" x="0.5" y="${barY + 0.5}" width="${BAR_WIDTH - 1}" height="${BAR_HEIGHT - 1}" fill="none" stroke="${RULE}" stroke-dasharray="4 3"/><text x="8" y="${barY + 13}" fill="${MUTED}" font-size="12">${bar.empty}</text>`
      : '';
  return html`<g class="bar" data-label="${bar.label}" data-total="${bar.total}">
<text class="bar-label" x="0" y="${top + 14}" fill="${INK}" font-size="${FONT_SIZE}" font-weight="600">${label !== bar.label ? html`<title>${bar.label}</title>` : ''}${label}</text>
<text class="bar-summary" x="${CHART_WIDTH}" y="${top + 14}" fill="${MUTED}" font-size="12" text-anchor="end">${bar.summary}</text>
${track}${rects}
<text class="bar-numbers" x="${CHART_WIDTH}" y="${barY + 13}" fill="${INK}" font-size="12" text-anchor="end">${breakdown(bar.segments, words)}</text>
</g>
`;
}

function legend(y: number, words: ChartWords): Markup {
  let x = 0;
  const items = CHARTED.map((status) => {
    const colours = STATUS_COLOURS[status];
    const item = html`<g class="legend-item" data-status="${status}"><rect x="${units(x + 0.75)}" y="${y + 0.75}" width="12.5" height="12.5" fill="${colours.fill}"${colours.stroke ? html` stroke="${colours.stroke}" stroke-width="1.5"` : ''}/><text x="${units(x + 20)}" y="${y + 11}" fill="${INK}" font-size="12">${words.legend[status]}</text></g>`;
    x += 20 + estimatedWidth(words.legend[status], 12) + 24;
    return item;
  });
  return html`<g class="legend">${items}</g>`;
}

/** One accessible chart: `role="img"`, a `<title>` and a `<desc>` that says every number the bars show. */
export function stackedBarChart(chart: StackedBarChart): Markup {
  const max = maxOf(chart.bars.map((b) => b.total));
  const height = chart.bars.length * ROW_HEIGHT + LEGEND_HEIGHT;
  const words = chart.words ?? ENGLISH;
  const description = chart.bars
    .map((b) => `${b.label}: ${b.total === 0 ? b.empty : `${breakdown(b.segments, words)}; ${b.summary}`}.`)
    .join(' ');
  const rows = chart.bars.map((bar, i) => {
    const scaleTotal = chart.scale === 'shared' ? max : bar.total;
    return barRow(bar, i, scaleTotal === 0 ? 0 : BAR_WIDTH / scaleTotal, words);
  });
  return html`<svg class="chart ${chart.className}" role="img" aria-label="${chart.title}" aria-describedby="${chart.id}-desc" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}" font-family="inherit">
<title id="${chart.id}-title">${chart.title}</title>
<desc id="${chart.id}-desc">${description}</desc>
${rows}${legend(chart.bars.length * ROW_HEIGHT + 6, words)}
</svg>`;
}
