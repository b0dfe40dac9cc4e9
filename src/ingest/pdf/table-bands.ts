// Which row a wrapped line belongs to. A borderless table has no row rules: only baselines. Rows are
// told apart by the white space between them (cell padding) and, where a row's short cells are centred
// vertically beside a tall one, by which code line a wrapped line stands nearer.
import { maxOf } from '../../arrays.js';

/**
 * The distance between the wrapped lines of one cell: the smallest distance between successive baselines
 * that is at least 0.9 of the font size (a centred cell's half-line offset is smaller and is not a pitch).
 */
export function pitchOf(ys: readonly number[], fontSize: number): number {
  let best = Infinity;
  for (let i = 1; i < ys.length; i++) {
    const d = ys[i]! - ys[i - 1]!;
    if (d >= 0.9 * fontSize && d < best) best = d;
  }
  return Number.isFinite(best) ? best : 1.25 * fontSize;
}

export interface Split {
  /** Index in `ys` of the first line of the lower row (1 … ys.length - 1). */
  at: number;
  /** One gap is clearly the widest: the rows are told apart by the white space alone. */
  clear: boolean;
}

/**
 * Where the lines between two rows' anchor lines divide. `ys`: the upper anchor's baseline, the lines
 * between, the lower anchor's baseline. The rows part at the widest gap. When several gaps are about as
 * wide (rows set without padding), top-aligned rows keep every line for the upper row (a row starts on its
 * code line); centred rows part where the upper row ends, as far below its code line as it starts above
 * it (`upperTop`: a centred code line is in the middle of its row), or else where the lines come nearer
 * the lower anchor than the upper one.
 */
export function splitBetween(ys: readonly number[], centred: boolean, tolerance: number, upperTop?: number): Split {
  const last = ys.length - 1;
  const gaps = ys.map((y, i) => (i === 0 ? -Infinity : y - ys[i - 1]!));
  const widest = maxOf(gaps);
  const ties = gaps.flatMap((g, i) => (i > 0 && g >= widest - tolerance ? [i] : []));
  const clear = ties.length === 1;
  if (clear || !centred) return { at: ties[ties.length - 1]!, clear };
  const upperEnds = (i: number): boolean => (upperTop === undefined ? ys[last]! - ys[i]! < ys[i]! - ys[0]! : ys[i]! > 2 * ys[0]! - upperTop + tolerance);
  let target = last;
  for (let i = 1; i < last; i++) {
    if (upperEnds(i)) {
      target = i;
      break;
    }
  }
  let at = ties[0]!;
  for (const i of ties) if (Math.abs(i - target) < Math.abs(at - target)) at = i;
  return { at, clear };
}
