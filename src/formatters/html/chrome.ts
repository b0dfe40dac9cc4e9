// Every word the HTML page writes itself (headings, labels, captions, chart text), in English and Chinese.
// The findings' messages come already rendered in the run's locale.
import type { DisclosureStatus } from '../../model/finding.js';
import type { Locale } from '../../model/message.js';
import type { ChartedStatus } from './groups.js';

export interface HtmlChrome {
  lang: string;
  pageTitle(what: string): string;
  reports(n: number): string;
  errors(n: number): string;
  warnings(n: number): string;
  infos(n: number): string;
  files(n: number): string;
  eyebrow: string;
  reportsNav: string;
  noReport: string;
  footer(tool: string): string;
  checkedBy(tool: string): string;
  figures: { errors: string; warnings: string; missing: string; inIndex: string };
  coverage: string;
  byFramework: string;
  byTopic: string;
  noFramework: string;
  noRecords: string;
  frameworkChart: string;
  topicChart: string;
  /** A framework bar's summary: `70 required · 96% covered`, or `nothing required`. */
  frameworkSummary(count: number, cited: boolean, percent: number | undefined): string;
  citesNothing: string;
  requiresNothing: string;
  groupSummary(covered: number, total: number): string;
  /** A standard met topic by topic (the exchanges' guidelines): `16 of 19 topics covered`. */
  topicSummary(covered: number, total: number): string;
  nothingToChart: string;
  /** Chart legend and the numbers beside each bar. */
  legend: Readonly<Record<ChartedStatus, string>>;
  counted: Readonly<Record<ChartedStatus, string>>;
  gaps: string;
  findings: string;
  noMissing: string;
  missingCaption(n: number): string;
  /** "Claimed but thin" (issue 16): located disclosures whose sections look thin, or that are partially reported. */
  thinCaption(n: number): string;
  thinHeader: readonly [string, string, string, string];
  thinNoFigures: string;
  thinNotAddressed(items: readonly string[]): string;
  thinPartial(omitted: readonly string[], unnamed: readonly string[]): string;
  missingHeader: readonly [string, string, string];
  topic(topic: string): string;
  severityHeading: Readonly<Record<'error' | 'warning' | 'info', string>>;
  findingsHeader: readonly [string, string, string];
  noFindings: string;
  fix: string;
  contentIndex: string;
  indexHeader: readonly [string, string, string, string];
  status: Readonly<Record<DisclosureStatus, string>>;
  omitted(reason: string): string;
  /** `p. 7`, `pp. 7–9`, `pp. 7, 9, 12`. */
  page(page: number): string;
  pages(pages: string): string;
  pageSeparator: string;
  through(from: string | undefined): string;
  fromIndex: string;
  /** Between a section and its pages. */
  comma: string;
}

const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

const en: HtmlChrome = {
  lang: 'en',
  pageTitle: (what) => `Disclosure check: ${what}`,
  reports: (n) => plural(n, 'report'),
  errors: (n) => plural(n, 'error'),
  warnings: (n) => plural(n, 'warning'),
  infos: (n) => `${n} info`,
  files: (n) => plural(n, 'file'),
  eyebrow: 'ESG disclosure check',
  reportsNav: 'Reports',
  noReport: 'No report was checked.',
  footer: (tool) => `Made by ${tool}. Coverage counts each required disclosure once: reported (located in the report), omitted with a reason, or missing.`,
  checkedBy: (tool) => `Checked by ${tool}`,
  figures: { errors: 'Errors', warnings: 'Warnings', missing: 'Missing disclosures', inIndex: 'Disclosures in the index' },
  coverage: 'Coverage',
  byFramework: 'By framework',
  byTopic: 'By standard and material topic',
  noFramework: 'No framework is claimed in this report.',
  noRecords: 'The report has no disclosure records.',
  frameworkChart: 'Coverage by framework: required disclosures reported, omitted or missing',
  topicChart: 'Disclosures by standard and material topic: reported, omitted or missing',
  frameworkSummary: (count, cited, percent) => {
    const counted = cited ? 'cited' : 'required';
    return percent === undefined ? `nothing ${counted}` : `${count} ${counted} · ${percent}% covered`;
  },
  citesNothing: 'The report cites nothing of this framework.',
  requiresNothing: 'Nothing is required by this claim.',
  groupSummary: (covered, total) => `${covered} of ${plural(total, 'disclosure')} covered`,
  topicSummary: (covered, total) => `${covered} of ${plural(total, 'topic')} covered`,
  nothingToChart: 'No disclosure to chart.',
  legend: { reported: 'Reported', omitted: 'Omitted with a reason', missing: 'Missing' },
  counted: { reported: 'reported', omitted: 'omitted', missing: 'missing' },
  gaps: 'Gaps and findings',
  findings: 'Findings',
  noMissing: 'No required disclosure is missing: each is reported or omitted with a reason.',
  missingCaption: (n) => `Missing required disclosures (${n})`,
  thinCaption: (n) => `Claimed but thin (${n})`,
  thinHeader: ['Disclosure', 'Title', 'Located in', 'Why'],
  thinNoFigures: 'asks for data; the section holds no figure',
  thinNotAddressed: (items) => `the section speaks of none of its items${items.length > 0 ? ` (${items.join(', ')})` : ''}`,
  thinPartial: (omitted, unnamed) => `partially reported${omitted.length > 0 ? `; omitted: ${omitted.join(', ')}` : ''}${unnamed.length > 0 ? `; not addressed: ${unnamed.join(', ')}` : ''}`,
  missingHeader: ['Disclosure', 'Title', 'Standard'],
  topic: (topic) => `(topic ${topic})`,
  severityHeading: { error: 'Errors', warning: 'Warnings', info: 'Information' },
  findingsHeader: ['Where', 'Rule', 'Message'],
  noFindings: 'No findings.',
  fix: 'Fix:',
  contentIndex: 'Content index',
  indexHeader: ['Disclosure', 'Title', 'Status', 'Location'],
  status: { reported: 'Reported', omitted: 'Omitted', missing: 'Missing', 'not-required': 'Not required' },
  omitted: (reason) => `Omitted: ${reason}`,
  page: (page) => `p. ${page}`,
  pages: (pages) => `pp. ${pages}`,
  pageSeparator: ', ',
  through: (from) => `(through ${from ?? 'an equivalent disclosure'})`,
  fromIndex: "(from the report's own index)",
  comma: ', ',
};

const zh: HtmlChrome = {
  lang: 'zh-CN',
  pageTitle: (what) => `信息披露检查：${what}`,
  reports: (n) => `${n} 份报告`,
  errors: (n) => `${n} 个错误`,
  warnings: (n) => `${n} 个警告`,
  infos: (n) => `${n} 条提示`,
  files: (n) => `${n} 个文件`,
  eyebrow: 'ESG 信息披露检查',
  reportsNav: '报告',
  noReport: '未检查任何报告。',
  footer: (tool) => `由 ${tool} 生成。覆盖率对每项要求的披露计一次：已报告（在报告中已定位）、已说明理由省略，或缺失。`,
  checkedBy: (tool) => `由 ${tool} 检查`,
  figures: { errors: '错误', warnings: '警告', missing: '缺失的披露', inIndex: '索引中的披露' },
  coverage: '覆盖情况',
  byFramework: '按框架',
  byTopic: '按准则和实质性议题',
  noFramework: '本报告未声明任何框架。',
  noRecords: '本报告没有披露记录。',
  frameworkChart: '按框架统计的覆盖情况：要求的披露中已报告、已省略或缺失的数量',
  topicChart: '按准则和实质性议题统计的披露：已报告、已省略或缺失',
  frameworkSummary: (count, cited, percent) => {
    const counted = cited ? '引用' : '要求';
    return percent === undefined ? `无${counted}项` : `${counted} ${count} 项 · 覆盖率 ${percent}%`;
  },
  citesNothing: '本报告未引用该框架的任何披露。',
  requiresNothing: '该声明不要求任何披露。',
  groupSummary: (covered, total) => `${total} 项披露中已覆盖 ${covered} 项`,
  topicSummary: (covered, total) => `${total} 项议题中已覆盖 ${covered} 项`,
  nothingToChart: '没有可绘制的披露。',
  legend: { reported: '已报告', omitted: '已说明理由省略', missing: '缺失' },
  counted: { reported: '已报告', omitted: '已省略', missing: '缺失' },
  gaps: '缺口与检查结果',
  findings: '检查结果',
  noMissing: '没有缺失的必要披露：每项均已报告或已说明理由省略。',
  missingCaption: (n) => `缺失的必要披露（${n}）`,
  thinCaption: (n) => `已声明但内容单薄（${n}）`,
  thinHeader: ['披露', '标题', '所在章节', '原因'],
  thinNoFigures: '要求披露数据，但章节中没有任何数字',
  thinNotAddressed: (items) => `章节未涉及任何要求项${items.length > 0 ? `（${items.join('、')}）` : ''}`,
  thinPartial: (omitted, unnamed) => `部分报告${omitted.length > 0 ? `；已省略：${omitted.join('、')}` : ''}${unnamed.length > 0 ? `；未回应：${unnamed.join('、')}` : ''}`,
  missingHeader: ['披露', '标题', '准则'],
  topic: (topic) => `（议题 ${topic}）`,
  severityHeading: { error: '错误', warning: '警告', info: '提示' },
  findingsHeader: ['位置', '规则', '信息'],
  noFindings: '无检查结果。',
  fix: '修正：',
  contentIndex: '内容索引',
  indexHeader: ['披露', '标题', '状态', '位置'],
  status: { reported: '已报告', omitted: '已省略', missing: '缺失', 'not-required': '非必要' },
  omitted: (reason) => `已省略：${reason}`,
  page: (page) => `第 ${page} 页`,
  pages: (pages) => `第 ${pages} 页`,
  pageSeparator: '、',
  through: (from) => `（通过${from ?? '等同披露'}）`,
  fromIndex: '（来自报告自身的索引）',
  comma: '，',
};

export const HTML_CHROME: Readonly<Record<Locale, HtmlChrome>> = { en, zh };
