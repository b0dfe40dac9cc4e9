// Reader vocabulary: the short direct answers an index prints in its location column instead of a page
// or section (GRI 1 allows answering in the index itself): `No significant changes`, `None`, `Annually`,
// `April 17, 2021`, `无重大变化`, `每年`. A location that is no heading of the report and reads as one of
// these is an answer (`info`), not a broken reference.

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE = new RegExp(
  [
    `^${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}$`,
    `^\\d{1,2}(?:st|nd|rd|th)? ${MONTH},? \\d{4}$`,
    `^${MONTH},? \\d{4}$`,
    '^\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}$',
    '^\\d{4} ?年 ?\\d{1,2} ?月(?: ?\\d{1,2} ?日)?$',
  ].join('|'),
  'i',
);
// Frequencies (102-52 / 2-3 reporting cycle) and yes/no answers.
const FREQUENCY = /^(?:annual(?:ly)?|yearly|every year|once a year|biennial(?:ly)?|semi-annual(?:ly)?|half-yearly|quarterly|monthly|每年(?:一次)?|年度|一年一次|半年度?|每季度|每月)$/i;
const YES_NO = /^(?:yes|no|none|nil|是|否|无|無)$/i;
// Negative answers: `No significant changes`, `There were no fines`, `None during the reporting period`, `无重大变化`, `未发生`.
const NEGATIVE = /^(?:no|none|nil|not any|there (?:is|are|was|were|has been|have been) no)\b|^(?:无|無|没有|沒有|未发生|未發生|未有|不存在)/i;

/** Whether a location cell (white space collapsed) is a direct answer rather than a place in the report. */
export function isDirectAnswer(text: string): boolean {
  const t = text.normalize('NFKC').replace(/\s+/g, ' ').trim().replace(/[.。]$/, '');
  if (t === '' || t.length > 200) return false;
  return DATE.test(t) || FREQUENCY.test(t) || YES_NO.test(t) || NEGATIVE.test(t);
}
