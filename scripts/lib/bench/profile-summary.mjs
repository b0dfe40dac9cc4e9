#!/usr/bin/env node
// Where a command's time goes, from a V8 CPU profile: self time and inclusive time by function, and self
// time by package (node_modules) or file. To profile `disclose check` on a report:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof dist/cli/main.js check report.md > /dev/null
//   node scripts/lib/bench/profile-summary.mjs /tmp/prof/*.cpuprofile [--top 30]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '30' } } });
const top = Number(values.top);
const profile = JSON.parse(readFileSync(positionals[0], 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((c) => [c, n.id])));

const shortUrl = (url) => url.replace(/^.*node_modules\//, '~/').replace(/^file:\/\/.*?\/(dist|src|scripts)\//, '$1/');
const fn = (node) => `${node.callFrame.functionName || '(anonymous)'}  ${shortUrl(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
const owner = (node) => {
  const url = node.callFrame.url;
  if (url.includes('node_modules/')) return url.split('node_modules/')[1].split('/')[0];
  return shortUrl(url) || node.callFrame.functionName;
};

// Each sample's time is the delta to the next sample.
const sampled = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const delta = profile.timeDeltas[i + 1] ?? 0;
  sampled.set(id, (sampled.get(id) ?? 0) + delta);
  total += delta;
});

const self = new Map();
const inclusive = new Map();
const byOwner = new Map();
const add = (map, key, t) => map.set(key, (map.get(key) ?? 0) + t);
for (const [id, t] of sampled) {
  const node = nodes.get(id);
  add(self, fn(node), t);
  add(byOwner, owner(node), t);
  // A recursive function counts once per sample in its inclusive time.
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const key = fn(nodes.get(at));
    if (!seen.has(key)) add(inclusive, key, t);
    seen.add(key);
  }
}

const table = (title, map) => {
  const rows = [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [`${title}`, ...rows.map(([key, t]) => `${(t / 1000).toFixed(0).padStart(8)} ms ${((100 * t) / total).toFixed(1).padStart(5)}%  ${key}`)].join('\n');
};
console.log(`sampled ${(total / 1000).toFixed(0)} ms\n`);
console.log(table('self time by function', self), '\n');
console.log(table('inclusive time by function', inclusive), '\n');
console.log(table('self time by package or file', byOwner));
