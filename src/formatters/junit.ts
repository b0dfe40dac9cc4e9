// JUnit XML for CI test reports: one <testsuite> per report and framework, one <testcase> per disclosure
// the report is held to or cites (required ones; with-reference citations; the exchanges' articles): a
// failure when it is missing or an error names it, skipped when omitted. Then one testcase per finding
// that is about none of them. The XML is written by fast-xml-parser's XMLBuilder (escaping, indentation),
// loaded only when this format is asked for. (xmlbuilder2 was tried first: 28 s for 125,000 findings,
// against 4 s for this builder and 1.4 s for the string concatenation it replaces.)
import { createRequire } from 'node:module';
import type { XMLBuilder as Builder } from 'fast-xml-parser';
import type { DisclosureRecord, Finding, ReportResult } from '../model/finding.js';
import { parseDisclosureId } from '../model/ids.js';
import type { Formatter } from './formatter.js';
import { fileWithPlace } from './location.js';

// `file:line:column`, or `file, p. 34, "Green Production"` where a source has no lines. JUnit output has no
// locale of its own: its words are English.
const where = (f: Finding): string => (f.line === undefined ? fileWithPlace(f) : `${f.file}:${f.line}:${f.column ?? 1}`);
const describe = (f: Finding): string => `${where(f)} ${f.severity} ${f.ruleId}: ${f.message}`;

// Characters XML 1.0 does not allow at all (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF):
// dropped, since no escape can represent them (the builder only escapes the five markup characters).
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const legal = (text: string): string => text.replace(ILLEGAL, '');

/**
 * An attribute value on one line. A parser reads a raw tab or line break in an attribute as a space
 * (XML 1.0 §3.3.3, attribute-value normalisation) and the builder writes them raw, so they are made
 * spaces here; the full text, line breaks kept, is in the element's body.
 */
const oneLine = (text: string): string => legal(text).replace(/\r\n|[\t\n\r]/g, ' ');

interface Case {
  classname: string;
  name: string;
  failure?: { message: string; type: string; body: string };
  skipped?: string;
  out?: string;
}

/** A disclosure the report is held to or cites: required ones must be there, cited ones must be right. */
const counted = (d: DisclosureRecord): boolean => d.required || d.status === 'reported' || d.status === 'omitted';

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

function reportSuites(report: ReportResult): { name: string; cases: Case[] }[] {
  const records = report.disclosures.filter(counted);
  const ids = new Set(records.map((d) => d.id));
  const findingsOf = new Map<string, Finding[]>();
  for (const f of report.findings) {
    if (f.disclosure === undefined || !ids.has(f.disclosure)) continue;
    const list = findingsOf.get(f.disclosure) ?? [];
    list.push(f);
    findingsOf.set(f.disclosure, list);
  }
  const byFramework = new Map<string, DisclosureRecord[]>(Object.keys(report.frameworks).map((k) => [k, []]));
  for (const d of records) {
    const framework = parseDisclosureId(d.id)?.framework ?? 'other';
    const list = byFramework.get(framework) ?? [];
    list.push(d);
    byFramework.set(framework, list);
  }
  const suites = [...byFramework].map(([framework, list]) => ({
    name: `${report.file} ${framework}`,
    cases: list.map((d) => disclosureCase(framework, d, findingsOf.get(d.id) ?? [])),
  }));
  const loose = report.findings.filter((f) => f.disclosure === undefined || !ids.has(f.disclosure));
  if (loose.length > 0) suites.push({ name: `${report.file} findings`, cases: loose.map(findingCase) });
  return suites;
}

// createRequire keeps the formatter synchronous (a dynamic import is not) while loading the builder only
// when JUnit output is asked for.
let builder: Builder | undefined;
function xmlBuilder(): Builder {
  if (builder === undefined) {
    const { XMLBuilder } = createRequire(import.meta.url)('fast-xml-parser') as { XMLBuilder: typeof Builder };
    builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', format: true, indentBy: '  ', suppressEmptyNode: true });
  }
  return builder;
}

const count = (cases: readonly Case[], has: (c: Case) => boolean): string => String(cases.filter(has).length);
const failed = (c: Case): boolean => c.failure !== undefined;
const skipped = (c: Case): boolean => c.skipped !== undefined;

/** One <testcase> as the builder's object: attributes `@name`, then the child elements in order. */
function testcase(c: Case): Record<string, unknown> {
  return {
    '@classname': oneLine(c.classname),
    '@name': oneLine(c.name),
    ...(c.failure ? { failure: { '@message': oneLine(c.failure.message), '@type': oneLine(c.failure.type), '#text': legal(c.failure.body) } } : {}),
    ...(c.skipped !== undefined ? { skipped: { '@message': oneLine(c.skipped) } } : {}),
    ...(c.out !== undefined ? { 'system-out': { '#text': legal(c.out) } } : {}),
  };
}

export const junit: Formatter = (result) => {
  const suites = result.reports.flatMap(reportSuites);
  const all = suites.flatMap((s) => s.cases);
  const document = {
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    // The common JUnit XSD (Jenkins, GitLab) allows no `skipped` on <testsuites>, only on <testsuite>.
    testsuites: {
      '@name': oneLine(result.tool.name),
      '@tests': String(all.length),
      '@failures': count(all, failed),
      '@errors': '0',
      testsuite: suites.map((s) => ({
        '@name': oneLine(s.name),
        '@tests': String(s.cases.length),
        '@failures': count(s.cases, failed),
        '@errors': '0',
        '@skipped': count(s.cases, skipped),
        testcase: s.cases.map(testcase),
      })),
    },
  };
  return `${xmlBuilder().build(document)}`;
};
