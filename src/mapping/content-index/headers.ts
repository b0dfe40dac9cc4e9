// Header words -> column roles (contracts.md §1): English or Chinese, case, spacing and punctuation
// ignored. GRI's template columns (GRI 1, Appendix 1): GRI STANDARD / OTHER SOURCE · DISCLOSURE ·
// LOCATION · OMISSION (requirement(s) omitted, reason, explanation) · GRI SECTOR STANDARD REF. NO.
import type { IndexColumn } from '../../model/content-index.js';

export type Columns = Partial<Record<IndexColumn, number>>;

/** Lower case, NFKC, every run of punctuation and white space one space: `Reason for omission`, `REF. NO.`. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// First match wins, so the more specific words come first: `Reason for omission` is a reason,
// `Disclosure title` a title, `Page number` a page, `GRI Sector Standard Ref. No.` a sector reference.
// A header may fall back to a second role when the first is taken (`No. | Disclosure` -> code, title).
const RULES: ReadonlyArray<readonly [RegExp, readonly IndexColumn[]]> = [
  [/\bsector\b|行业/, ['sector-ref']],
  [/\brequirements?\b|要求/, ['requirements']],
  [/\breasons?\b|原因|理由/, ['reason']],
  // `Location and Explanation`, `Page / Remarks`: one mixed column holding locations and explanations,
  // read cell by cell (a reason for omission at the start of a cell makes it an omission).
  [/\b(?:locations?|pages?|chapters?|sections?)\b.*\b(?:explanations?|remarks?|notes?|comments?)\b|(?:位置|页码|章节).*(?:说明|备注)/, ['location', 'page']],
  [/\bexplanations?\b|\bremarks?\b|\bnotes?\b|说明|說明|解释|解釋|备注|備註/, ['explanation']],
  [/\bomi(?:ssions?|tted|t)\b|省略|遗漏/, ['omission']],
  [/\btitles?\b|\bcontents?\b|\bdescriptions?\b|\bnames?\b|名称|名稱|内容|內容|标题|描述/, ['title']],
  [/\blocations?\b|\bchapters?\b|\bsections?\b|\burls?\b|\bwhere\b|\breferences?\b|位置|章节|章節|所在|出处/, ['location', 'page']],
  [/\bpages?\b|\bpp?\b|\bpg\b|页|頁/, ['page', 'location']],
  [/\bdisclosures?\b|\bcodes?\b|\bno\b|\bnumbers?\b|\bindicators?\b|\bindex\b|\bids?\b|\bitems?\b|^gri$|披露|指标|指標|编号|編號|索引|代码|代碼/, ['disclosure', 'title']],
  [/\bstandards?\b|\bsources?\b|\bframeworks?\b|标准|標準|准则|準則/, ['standard']],
];

/** The roles a header cell may take, best first; empty when its words select none. */
export function headerRoles(text: string): readonly IndexColumn[] {
  const h = normalizeHeader(text);
  if (h === '') return [];
  for (const [pattern, roles] of RULES) if (pattern.test(h)) return roles;
  return [];
}

/** Roles for a header row, left to right, each role taken once. */
export function columnsOf(cells: readonly string[]): Columns {
  const columns: Columns = {};
  cells.forEach((cell, index) => {
    const role = headerRoles(cell).find((r) => columns[r] === undefined);
    if (role) columns[role] = index;
  });
  return columns;
}

// Statistics tables have years and units in their header; content indexes never do.
const DATA_HEADER = /^(?:fy ?)?(?:19|20)\d{2}(?: ?年)?$|^(?:units?|unit of measure(?:ment)?|单位|單位|计量单位)$/;

/** Whether a header row is a data (KPI) table's: `Indicator | Unit | 2024 | 2025`. */
export function isDataHeader(cells: readonly string[]): boolean {
  return cells.some((cell) => DATA_HEADER.test(normalizeHeader(cell)));
}
