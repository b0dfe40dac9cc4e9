// JUnit XML for CI test reports: one <testsuite> per report and framework, one <testcase> per required
// disclosure (failure when missing or when an error names it, skipped when omitted), then one testcase per
// finding that is not about a required disclosure. Written with an escaping function, never parsed here.
import type { DisclosureRecord, Finding, ReportResult } from '../model/finding.js';
import { parseDisclosureId } from '../model/ids.js';
import type { Formatter } from './formatter.js';

// Characters XML 1.0 does not allow at all (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text content: the five entities (quotes too, so one function is safe everywhere), illegal characters dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(ILLEGAL, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Attribute values: as text, with tab/LF/CR as character references so attribute normalisation keeps them. */
export function escapeAttr(text: string): string {
  return escapeXml(text).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

const attrs = (pairs: Record<string, string | number>): string =>
  Object.entries(pairs)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');

const where = (f: Finding): string => (f.line === undefined ? f.file : `${f.file}:${f.line}:${f.column ?? 1}`);
const describe = (f: Finding): string => `${where(f)} ${f.severity} ${f.ruleId}: ${f.message}`;

interface Case {
  classname: string;
  name: string;
  failure?: { message: string; type: string; body: string };
  skipped?: string;
  out?: string;
}

function disclosureCase(framework: string, d: DisclosureRecord, findings: Finding[]): Case {
  const c: Case = { classname: framework, name: `${d.id} ${d.title}` };
  const errors = findings.filter((f) => f.severity === 'error');
  const others = findings.filter((f) => f.severity !== 'error');
  if (errors.length > 0 || d.status === 'missing') {
    const first = errors[0];
    c.failure = {
      message: first ? first.message : `${d.id} is required but neither reported nor omitted`,
      type: first ? first.ruleId : 'missing',
      body: [...(d.status === 'missing' && !errors.some((f) => f.ruleId === 'missing-disclosure') ? [`${d.id}: missing`] : []), ...errors.map(describe)].join('\n'),
    };
  } else if (d.status === 'omitted') {
    c.skipped = d.omission ? `omitted (${d.omission.reason}): ${d.omission.explanation}` : 'omitted';
  }
  if (others.length > 0) c.out = others.map(describe).join('\n');
  return c;
}

function findingCase(f: Finding): Case {
  const c: Case = { classname: f.ruleId, name: `${where(f)} ${f.disclosure ?? f.topic ?? f.ruleId}` };
  // Only errors fail, as with `--fail-on error` (the default); warnings and info are reported as output.
  if (f.severity === 'error') c.failure = { message: f.message, type: f.ruleId, body: describe(f) };
  else c.out = describe(f);
  return c;
}

function suite(name: string, cases: Case[], indent: string): string[] {
  const failures = cases.filter((c) => c.failure).length;
  const skipped = cases.filter((c) => c.skipped !== undefined).length;
  const head = `${indent}<testsuite${attrs({ name, tests: cases.length, failures, errors: 0, skipped })}`;
  if (cases.length === 0) return [`${head}/>`];
  const lines = [`${head}>`];
  const i2 = `${indent}  `;
  const i3 = `${indent}    `;
  for (const c of cases) {
    const open = `${i2}<testcase${attrs({ classname: c.classname, name: c.name })}`;
    if (!c.failure && c.skipped === undefined && c.out === undefined) {
      lines.push(`${open}/>`);
      continue;
    }
    lines.push(`${open}>`);
    if (c.failure) lines.push(`${i3}<failure${attrs({ message: c.failure.message, type: c.failure.type })}>${escapeXml(c.failure.body)}</failure>`);
    if (c.skipped !== undefined) lines.push(`${i3}<skipped${attrs({ message: c.skipped })}/>`);
    if (c.out !== undefined) lines.push(`${i3}<system-out>${escapeXml(c.out)}</system-out>`);
    lines.push(`${i2}</testcase>`);
  }
  lines.push(`${indent}</testsuite>`);
  return lines;
}

function reportSuites(report: ReportResult): { name: string; cases: Case[] }[] {
  const required = report.disclosures.filter((d) => d.required);
  const requiredIds = new Set(required.map((d) => d.id));
  const byFramework = new Map<string, DisclosureRecord[]>(Object.keys(report.frameworks).map((k) => [k, []]));
  for (const d of required) {
    const framework = parseDisclosureId(d.id)?.framework ?? 'other';
    const list = byFramework.get(framework) ?? [];
    list.push(d);
    byFramework.set(framework, list);
  }
  const suites = [...byFramework].map(([framework, records]) => ({
    name: `${report.file} ${framework}`,
    cases: records.map((d) => disclosureCase(framework, d, report.findings.filter((f) => f.disclosure === d.id))),
  }));
  const loose = report.findings.filter((f) => f.disclosure === undefined || !requiredIds.has(f.disclosure));
  if (loose.length > 0) suites.push({ name: `${report.file} findings`, cases: loose.map(findingCase) });
  return suites;
}

export const junit: Formatter = (result) => {
  const suites = result.reports.flatMap(reportSuites);
  const all = suites.flatMap((s) => s.cases);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({
      name: result.tool.name,
      tests: all.length,
      failures: all.filter((c) => c.failure).length,
      errors: 0,
      skipped: all.filter((c) => c.skipped !== undefined).length,
    })}>`,
    ...suites.flatMap((s) => suite(s.name, s.cases, '  ')),
    '</testsuites>',
  ];
  return `${lines.join('\n')}\n`;
};
