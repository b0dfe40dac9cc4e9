#!/usr/bin/env node
// Recall and false positives of the content-index audit on the fixtures in test/fixtures/index-audit/:
// every `*.expected.json` lists the findings a correct checker must report. Run after `npm run build`:
//   node scripts/index-audit-recall.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../dist/index.js';

const dir = join(import.meta.dirname, '..', 'test', 'fixtures', 'index-audit');
const key = (f) => `${f.ruleId}|${f.disclosure ?? ''}|${f.line ?? ''}|${f.severity}`;
const perRule = new Map();
const bump = (rule, field) => {
  const row = perRule.get(rule) ?? { expected: 0, found: 0, falsePositives: 0 };
  row[field] += 1;
  perRule.set(rule, row);
};

for (const name of readdirSync(dir).filter((f) => f.endsWith('.md') && !['README.md', 'recall.md'].includes(f)).sort()) {
  const expected = JSON.parse(readFileSync(join(dir, name.replace(/\.md$/, '.expected.json')), 'utf8'));
  const result = await check([join(dir, name)]);
  const actual = result.reports[0].findings.map((f) => ({ ...f, line: f.line ?? null, disclosure: f.disclosure ?? null }));
  const remaining = new Map();
  for (const f of actual) remaining.set(key(f), (remaining.get(key(f)) ?? 0) + 1);
  for (const e of expected) {
    bump(e.ruleId, 'expected');
    const k = key({ ...e, disclosure: e.disclosure ?? null, line: e.line ?? null });
    if ((remaining.get(k) ?? 0) > 0) {
      remaining.set(k, remaining.get(k) - 1);
      bump(e.ruleId, 'found');
    } else console.log(`missed    ${name}: ${k}`);
  }
  for (const [k, n] of remaining) for (let i = 0; i < n; i += 1) {
    bump(k.split('|')[0], 'falsePositives');
    console.log(`unexpected ${name}: ${k}`);
  }
}

let expected = 0;
let found = 0;
let falsePositives = 0;
console.log('\nrule                      expected  found  recall  false positives');
for (const [rule, row] of [...perRule].sort()) {
  expected += row.expected;
  found += row.found;
  falsePositives += row.falsePositives;
  const recall = row.expected ? `${Math.round((row.found / row.expected) * 100)}%` : '-';
  console.log(`${rule.padEnd(26)}${String(row.expected).padStart(8)}${String(row.found).padStart(7)}${recall.padStart(8)}${String(row.falsePositives).padStart(17)}`);
}
console.log(`${'total'.padEnd(26)}${String(expected).padStart(8)}${String(found).padStart(7)}${`${Math.round((found / Math.max(expected, 1)) * 100)}%`.padStart(8)}${String(falsePositives).padStart(17)}`);
