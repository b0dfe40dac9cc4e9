// Reading order across columns (issue 13): recursive XY-cut on white gaps. A region that a vertical white
// gap divides from top to bottom is read column by column; otherwise it is cut into horizontal bands, and
// bands that share one gutter (two columns whose paragraph breaks happen to line up) are read together as
// one column region, so a two-column page under a full-width heading reads heading, left column, right
// column rather than alternating between the columns.

import { maxOf, minOf, pushAll } from '../../arrays.js';

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

type Interval = [number, number];

/** Gaps of at least `min` between the intervals covered by the boxes, along x or y. */
function gaps(boxes: readonly Box[], axis: 'x' | 'y', min: number): Interval[] {
  const spans = boxes.map((b): Interval => (axis === 'x' ? [b.left, b.right] : [b.top, b.bottom])).sort((a, b) => a[0] - b[0]);
  const out: Interval[] = [];
  let end = spans[0]?.[1] ?? 0;
  for (const [start, stop] of spans.slice(1)) {
    if (start - end >= min) out.push([end, start]);
    end = Math.max(end, stop);
  }
  return out;
}

/** The x-intervals of a band left white between `from` and `to` (the parent region's extent). */
function whiteColumns(boxes: readonly Box[], from: number, to: number): Interval[] {
  return gaps([{ top: 0, bottom: 0, left: from, right: from }, ...boxes, { top: 0, bottom: 0, left: to, right: to }], 'x', 0);
}

function intersect(a: Interval[], b: Interval[], min: number): Interval[] {
  const out: Interval[] = [];
  for (const [a0, a1] of a) for (const [b0, b1] of b) if (Math.min(a1, b1) - Math.max(a0, b0) >= min) out.push([Math.max(a0, b0), Math.min(a1, b1)]);
  return out;
}

const byPosition = (a: Box, b: Box): number => a.top - b.top || a.left - b.left;

/**
 * How many of the ascending `cuts` a value is past (`>` or, with `orEqual`, `>=`): the part an item falls
 * in. A binary search, where counting with filter was most of the cuts' time on a long report.
 */
function partOf(cuts: readonly number[], value: number, orEqual: boolean): number {
  let low = 0;
  let high = cuts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (orEqual ? value >= cuts[mid]! : value > cuts[mid]!) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Items in reading order. `gutter` is the narrowest white gap between columns (points); `box` places an item.
 */
export function readingOrder<T>(items: readonly T[], place: (item: T) => Box, gutter: number): T[] {
  // Each item placed once: the cuts below ask for an item's box many times over, and building it each
  // time (an object per call) was a fifth of the stages' time on a 300-page report (issue 13, item 8).
  const placed = new Map(items.map((item) => [item, place(item)]));
  const box = (item: T): Box => placed.get(item) ?? place(item);
  const cut = (region: T[], depth: number): T[] => {
    const boxes = region.map(box);
    if (region.length <= 1 || depth > 50) return region.slice().sort((a, b) => byPosition(box(a), box(b)));
    const columns = gaps(boxes, 'x', gutter);
    if (columns.length > 0) {
      const edges = columns.map(([start]) => start);
      const parts: T[][] = edges.map(() => []).concat([[]]);
      for (const item of region) parts[partOf(edges, box(item).left, false)]!.push(item);
      return parts.flatMap((part) => cut(part, depth + 1));
    }
    const rows = gaps(boxes, 'y', 0.01);
    if (rows.length === 0) return region.slice().sort((a, b) => byPosition(box(a), box(b)));
    const cuts = rows.map(([start]) => start);
    const bands: T[][] = cuts.map(() => []).concat([[]]);
    for (const item of region) bands[partOf(cuts, box(item).top, true)]!.push(item);
    const left = minOf(boxes.map((b) => b.left));
    const right = maxOf(boxes.map((b) => b.right));
    // Merge neighbouring bands that leave the same gutter white (inside the region, not at its margins).
    const groups: Array<{ items: T[]; white: Interval[] }> = [];
    for (const band of bands.filter((b) => b.length > 0)) {
      const white = whiteColumns(band.map(box), left, right);
      const last = groups.at(-1);
      const shared = last ? intersect(last.white, white, gutter).filter(([a, b]) => a > left && b < right) : [];
      if (last && shared.length > 0) {
        pushAll(last.items, band);
        last.white = shared;
      } else groups.push({ items: [...band], white });
    }
    if (groups.length === 1) return region.slice().sort((a, b) => byPosition(box(a), box(b)));
    return groups.flatMap((g) => cut(g.items, depth + 1));
  };
  return cut([...items], 0);
}
