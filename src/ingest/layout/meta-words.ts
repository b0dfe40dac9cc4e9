// Reader vocabulary for metadata a PDF or DOCX report writes in its text instead of front matter (issue 13,
// item 4): the words of a claim, a reporting period, an organisation's legal name, in English and Chinese.
// Data only; infer-meta.ts applies it. A framework's name never appears here: claims are built around the
// citation prefixes of standards/frameworks.json (`{prefix}` below), so the words work for any framework.

/** Claim wording, `{prefix}` standing for a framework's citation prefix; the first matching phrase wins. */
export const CLAIM_PHRASES: readonly { claim: 'in-accordance' | 'with-reference'; pattern: string }[] = [
  // GRI 1, Requirement 8's two statements of use (and "in line with", a common paraphrase of the first).
  { claim: 'with-reference', pattern: 'with reference to (?:the )?{prefix}' },
  { claim: 'in-accordance', pattern: 'in accordance with (?:the )?{prefix}' },
  // Chinese reports: 参照 ("with reference to") against 依据 / 按照 / 遵循 / 符合 ("in accordance with").
  { claim: 'with-reference', pattern: '参照(?:了)?\\s*(?:《)?\\s*{prefix}' },
  { claim: 'in-accordance', pattern: '(?:依据|依照|按照|遵循|符合)(?:了)?\\s*(?:《)?\\s*{prefix}' },
];

/** English month names and their common abbreviations -> month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Words that make a sentence about the reporting period (a date range elsewhere is an event, not the period). */
export const PERIOD_CONTEXT_EN = /\b(?:reporting period|for the period|report(?:ing)? (?:covers|year)|this report|period covered|financial year|fiscal year)\b/i;
/** 报告期 / 报告期间 / 报告时间范围 / 本报告: the sentence is about the report's period. */
export const PERIOD_CONTEXT_ZH = /报告期|报告时间|时间范围|本报告/;

/** Words joining the two dates of a range: `from … to …`, `… – …`, `…至…`. */
export const RANGE_JOINERS_EN = '(?:to|until|through|and|[-–—~])';
export const RANGE_JOINERS_ZH = '(?:至|到|[-–—~～])';

/** `for the year ended 31 December 2024`: the period is the year up to that date. */
export const YEAR_ENDED_EN = /\byear ended\b/i;

/** `2024年度`: a whole calendar year, in a sentence about the report or in its title. */
export const YEAR_ZH = /(\d{4})\s*年度/;

/** Legal forms that end an organisation's name: `Acme Group Co., Ltd.`, `…股份有限公司`. */
export const LEGAL_FORMS_EN = ['Co\\., Ltd\\.', 'Co\\.,Ltd\\.', 'Company Limited', 'Limited', 'Ltd\\.', 'Inc\\.', 'Corporation', 'Corp\\.', 'PLC', 'plc', 'AG', 'N\\.V\\.', 'S\\.A\\.'];
export const LEGAL_FORMS_ZH = ['股份有限公司', '有限责任公司', '有限公司', '集团公司'];

/** What follows a legal name when a report introduces itself: `(the "Company")`, `（以下简称"公司"）`. */
export const NAME_INTRODUCTION = /^\s*[(（]\s*(?:hereinafter(?: referred to as)?|the\s|以下简称|下称|简称|“|")/i;
