// `check --shard i/n`: a batch split across CI machines (a matrix job), each checking the i-th of n shares
// of the sorted report list; `disclose merge` joins their JSON outputs into the result one machine would
// have printed. The shares are contiguous runs of the sorted list (as Playwright shards), sizes differing
// by at most one, so they depend only on the list: every machine computes the same split.
import { DiscloseError } from '../model/errors.js';

export interface Shard {
  /** 1-based: 1 … count. */
  index: number;
  count: number;
}

/** The `shard.index`-th of `shard.count` contiguous shares of `sorted`. A share may be empty (fewer reports than shards). */
export function selectShard<T>(sorted: readonly T[], shard: Shard): T[] {
  const { index, count } = shard;
  if (!Number.isInteger(index) || !Number.isInteger(count) || index < 1 || index > count) {
    throw new DiscloseError('usage', `shard ${index}/${count} is not a share; expected i/n with whole numbers 1 ≤ i ≤ n.`);
  }
  const start = Math.floor(((shard.index - 1) * sorted.length) / shard.count);
  const end = Math.floor((shard.index * sorted.length) / shard.count);
  return sorted.slice(start, end);
}
