// The CLI caps V8's heap growth (src/cli/heap-growth.ts): a process that keeps a live set and makes
// garbage that is promoted before it dies (as reading a large report does) peaks near 1.5× its live set,
// not 4×. Two child processes run the same work, one with the cap as the CLI sets it (dist/, built by
// `npm test` before jest): the capped one's heap must peak well below the other's.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { limitHeapGrowth } from '../../src/cli/heap-growth.js';
import { packageRoot } from '../../src/paths.js';

// ~18 MB kept; batches of small objects kept across many young collections (so promoted), then dropped.
const WORK = `
if (process.argv[1]) (await import(process.argv[1])).limitHeapGrowth();
const live = [];
const ring = new Array(200);
let peak = 0;
for (let i = 0; i < 3000; i++) {
  const batch = [];
  for (let j = 0; j < 1000; j++) batch.push({ a: j, b: 'x' + i + ':' + j, c: [j, j + 1] });
  ring[i % ring.length] = batch;
  live.push(String(i).repeat(6000));
  if (i % 50 === 0) peak = Math.max(peak, process.memoryUsage().heapTotal);
}
process.stdout.write(String(peak));
`;

function heapPeak(capped: boolean): number {
  const module = pathToFileURL(join(packageRoot, 'dist', 'cli', 'heap-growth.js')).href;
  const args = ['--input-type=module', '-e', WORK, ...(capped ? [module] : [])];
  const env = { ...process.env, NODE_OPTIONS: '' };
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', env });
  if (result.status !== 0) throw new Error(result.stderr);
  return Number(result.stdout);
}

describe('heap growth', () => {
  it('keeps the heap of a garbage-heavy process well below its default peak', () => {
    const [uncapped, capped] = [heapPeak(false), heapPeak(true)];
    expect(capped).toBeLessThan(uncapped * 0.75);
  });

  it("leaves a user's own setting alone", () => {
    expect(limitHeapGrowth(['--heap-growing-percent=20'])).toBe(false);
    expect(limitHeapGrowth(['--max-old-space-size=4096', '--heap_growing_percent=30'])).toBe(false);
  });
});
