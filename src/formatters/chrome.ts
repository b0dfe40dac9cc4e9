// The words a formatter writes around the findings (summary lines, headings, coverage), per locale.
// The findings' messages come already rendered in the run's locale; this is everything else.
import type { CheckResult, FrameworkCoverage } from '../model/finding.js';
import type { Locale } from '../model/message.js';
import type { FormatterContext } from './formatter.js';

/**
 * The locale of the output's chrome: the one the caller asked for (`--locale`), else Chinese when every
 * report's messages are Chinese (their `language: zh`), else English.
 */
export function chromeLocale(result: CheckResult, context?: Pick<FormatterContext, 'locale'>): Locale {
  if (context?.locale) return context.locale;
  return result.reports.length > 0 && result.reports.every((r) => r.locale === 'zh') ? 'zh' : 'en';
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

export interface Chrome {
  /** `3 errors, 1 warning, 0 info`. */
  counts(c: Counts): string;
  /** `2 problems`. */
  problems(n: number): string;
  noProblems: string;
  /** `in-accordance` as the output shows a claim. */
  claim(claim: string): string;
  /** Text in parentheses: ASCII in English, full-width in Chinese. */
  paren(text: string): string;
  colon: string;
  /** `120 required, 90 reported, 6 omitted, 24 missing — 80% covered`. */
  coverage(c: FrameworkCoverage, percent: number): string;
  /** The markdown formatter's table headers. */
  coverageHeader: readonly string[];
  findingsHeader: readonly string[];
  severity: Readonly<Record<'error' | 'warning' | 'info', string>>;
  /** `… 12 more`. */
  more(n: number): string;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

const en: Chrome = {
  counts: (c) => `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info`,
  problems: (n) => plural(n, 'problem'),
  noProblems: 'no problems',
  claim: (claim) => claim,
  paren: (text) => ` (${text})`,
  colon: ': ',
  coverage: (c, percent) => {
    const counted = c.claim === 'with-reference' ? 'cited' : 'required';
    return `${c.required} ${counted}, ${c.reported} reported, ${c.omitted} omitted, ${c.missing} missing — ${percent}% covered`;
  },
  coverageHeader: ['report', 'framework', 'required', 'reported', 'omitted', 'missing', 'covered'],
  findingsHeader: ['', 'location', 'rule', 'message'],
  severity: { error: 'error', warning: 'warning', info: 'info' },
  more: (n) => `… ${n} more`,
};

// GRI's claims as the Chinese translation of the GRI Standards words them.
const ZH_CLAIM: Readonly<Record<string, string>> = { 'in-accordance': '符合', 'with-reference': '参照' };

const zh: Chrome = {
  counts: (c) => `${c.error} 个错误，${c.warning} 个警告，${c.info} 条提示`,
  problems: (n) => `${n} 个问题`,
  noProblems: '未发现问题',
  claim: (claim) => ZH_CLAIM[claim] ?? claim,
  paren: (text) => `（${text}）`,
  colon: '：',
  coverage: (c, percent) => {
    const counted = c.claim === 'with-reference' ? '引用' : '要求';
    return `${counted} ${c.required} 项，已报告 ${c.reported} 项，已省略 ${c.omitted} 项，缺失 ${c.missing} 项 — 覆盖率 ${percent}%`;
  },
  coverageHeader: ['报告', '框架', '要求', '已报告', '已省略', '缺失', '覆盖率'],
  findingsHeader: ['', '位置', '规则', '信息'],
  severity: { error: '错误', warning: '警告', info: '提示' },
  more: (n) => `… 另有 ${n} 条`,
};

export const CHROME: Readonly<Record<Locale, Chrome>> = { en, zh };
