// Array helpers that take any number of items. `Math.max(...values)` and `target.push(...items)` pass every
// item as an argument on the stack, which overflows at about 125,000 (stylish crashed on that many
// findings); these loop instead.

/** The largest of `values`, or `empty` when there are none. */
export function maxOf(values: Iterable<number>, empty = 0): number {
  let max = -Infinity;
  for (const value of values) if (value > max) max = value;
  return max === -Infinity ? empty : max;
}

/** The smallest of `values`, or `empty` when there are none. */
export function minOf(values: Iterable<number>, empty = 0): number {
  let min = Infinity;
  for (const value of values) if (value < min) min = value;
  return min === Infinity ? empty : min;
}

/** Appends `items` to `target` in place. */
export function pushAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
