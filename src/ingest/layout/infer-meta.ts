// Metadata without front matter (issue 13, item 4): what a PDF or DOCX report says about itself in its text
// (statement of use and claim, reporting period, frameworks cited, organisation), its title and language,
// and its publication date from the file's properties, each with where it was read, so the output can say
// which values were inferred and the user can correct them in the sidecar. Patterns and words are in
// meta-words.ts; this applies them in document order, the first hit winning.
import { frameworkDefs } from '../../model/frameworks.js';
import { parseDisclosureId } from '../../model/ids.js';
import type { GriSettings, InferredMeta, InferredValue, ReportMeta } from '../../model/report.js';
import { normaliseDate } from '../front-matter-values.js';
import type { LaidOutDocument } from './document.js';
import {
  CLAIM_PHRASES,
  LEGAL_FORMS_EN,
  LEGAL_FORMS_ZH,
  MONTHS,
  NAME_INTRODUCTION,
  PERIOD_CONTEXT_EN,
  PERIOD_CONTEXT_ZH,
  RANGE_JOINERS_EN,
  RANGE_JOINERS_ZH,
  YEAR_ENDED_EN,
  YEAR_ZH,
} from './meta-words.js';
import { PrintedPages } from './printed-pages.js';

export interface InferredMetadata {
  meta: Partial<ReportMeta>;
  inferred: InferredMeta;
}

/** A piece of the report's text and its physical page. */
interface Passage {
  text: string;
  page: number;
}

/** Quoted evidence: one line, at most this many characters. */
const SHOWN = 120;
const shown = (text: string): string => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > SHOWN ? `${line.slice(0, SHOWN - 1)}…` : line;
};

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Sentences (a passage may hold several): the period's context and its dates must be in one. */
const sentences = (text: string): string[] => text.split(/(?<=[。；！？])|(?<=[.;!?])\s+(?=[A-Z])/).filter((s) => s.trim() !== '');

function passagesOf(doc: LaidOutDocument): Passage[] {
  const out: Passage[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'table') for (const row of block.rows) out.push({ text: row.join(' '), page: block.page });
    else out.push({ text: block.text, page: block.page });
  }
  return out;
}

// ---- dates ----

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string | undefined => normaliseDate(`${y}-${pad(m)}-${pad(d)}`);

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
/** `1 January 2024`, `January 1, 2024`, `2024-01-01`: each alternative captures its own groups. */
const DATE_EN = `(?:(\\d{1,2})\\s+(${MONTH_NAMES})\\.?,?\\s+(\\d{4})|(${MONTH_NAMES})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2}))`;
const DATE_EN_GROUPS = 9;

function dateEn(groups: (string | undefined)[]): string | undefined {
  const [d1, m1, y1, m2, d2, y2, y3, m3, d3] = groups;
  if (y1) return iso(Number(y1), MONTHS[m1!.toLowerCase()]!, Number(d1));
  if (y2) return iso(Number(y2), MONTHS[m2!.toLowerCase()]!, Number(d2));
  if (y3) return iso(Number(y3), Number(m3), Number(d3));
  return undefined;
}

const RANGE_EN = new RegExp(`${DATE_EN}\\s*${RANGE_JOINERS_EN}\\s*${DATE_EN}`, 'i');
const ENDED_EN = new RegExp(`${YEAR_ENDED_EN.source}\\s+${DATE_EN}`, 'i');
/** `2024年1月1日至12月31日`, `2024年1月1日至2024年12月31日`: the second year may be left out. */
const RANGE_ZH = new RegExp(`(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?\\s*${RANGE_JOINERS_ZH}\\s*(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?`);

type Period = { start: string; end: string };

/** The period a sentence states, and the words that state it (the evidence shown). */
function periodIn(sentence: string): { period: Period; text: string } | undefined {
  const zh = PERIOD_CONTEXT_ZH.test(sentence) ? RANGE_ZH.exec(sentence) : null;
  if (zh) {
    const start = iso(Number(zh[1]), Number(zh[2]), Number(zh[3]));
    const end = iso(Number(zh[4] ?? zh[1]), Number(zh[5]), Number(zh[6]));
    if (start && end && start <= end) return { period: { start, end }, text: zh[0] };
  }
  if (!PERIOD_CONTEXT_EN.test(sentence)) return undefined;
  const range = RANGE_EN.exec(sentence);
  if (range) {
    const start = dateEn(range.slice(1, 1 + DATE_EN_GROUPS));
    const end = dateEn(range.slice(1 + DATE_EN_GROUPS));
    if (start && end && start <= end) return { period: { start, end }, text: range[0] };
  }
  const ended = ENDED_EN.exec(sentence);
  const end = ended ? dateEn(ended.slice(1)) : undefined;
  if (end) {
    // The year up to and including `end`: the day after the same date a year before.
    const date = new Date(`${end}T00:00:00Z`);
    date.setUTCFullYear(date.getUTCFullYear() - 1);
    date.setUTCDate(date.getUTCDate() + 1);
    return { period: { start: date.toISOString().slice(0, 10), end }, text: ended![0] };
  }
  return undefined;
}

function yearPeriod(text: string): Period | undefined {
  const year = YEAR_ZH.exec(text);
  return year ? { start: `${year[1]}-01-01`, end: `${year[1]}-12-31` } : undefined;
}

// ---- claim, frameworks, organisation ----

function claimIn(text: string, prefixes: readonly string[]): GriSettings['claim'] | undefined {
  for (const phrase of CLAIM_PHRASES) {
    for (const prefix of prefixes) {
      if (new RegExp(phrase.pattern.replace('{prefix}', escapeRegExp(prefix)), 'i').test(text)) return phrase.claim;
    }
  }
  return undefined;
}

/** A framework is cited when a disclosure id of it is written out (`GRI 305-1`, `HKEX A1.1`): its prefix alone may name an exchange a company is listed on. */
function citedFrameworks(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const def of frameworkDefs()) {
    for (const prefix of def.prefixes) {
      const pattern = new RegExp(`(?<![A-Za-z])${escapeRegExp(prefix)}\\s*([A-Za-z]{0,3}[-\\d][\\w.-]*)`, 'g');
      for (const match of text.matchAll(pattern)) {
        const id = parseDisclosureId(`${prefix} ${match[1]!.replace(/[.-]+$/, '')}`);
        if (id?.framework === def.id) {
          found.set(def.id, match[0]);
          break;
        }
      }
      if (found.has(def.id)) break;
    }
  }
  return found;
}

const ORG_EN = new RegExp(`((?:[A-Z][\\w&'’-]*\\.?\\s+){1,8}(?:${LEGAL_FORMS_EN.join('|')}))`, 'g');
const ORG_ZH = new RegExp(`([\\u4e00-\\u9fff（）()]{2,30}?(?:${LEGAL_FORMS_ZH.join('|')}))`, 'g');

/** A legal name the report introduces itself with: `Acme Group Co., Ltd. (the "Company")`, `某某股份有限公司（以下简称"公司"）`. */
function organisationIn(text: string): string | undefined {
  for (const pattern of [ORG_ZH, ORG_EN]) {
    for (const match of text.matchAll(pattern)) {
      const after = text.slice(match.index! + match[0].length);
      if (NAME_INTRODUCTION.test(after)) return match[1]!.trim().replace(/^(?:The|本报告|本公司)\s*/, '');
    }
  }
  return undefined;
}

// ---- title, language ----

/** A title a PDF writer filled in rather than a file name (`report-final.docx`, `Microsoft Word - x.doc`). */
const isRealTitle = (title: string): boolean => title.trim() !== '' && !/\.(?:docx?|pdf|indd|pptx?)\s*$/i.test(title) && !/^(?:untitled|microsoft word\b)/i.test(title.trim());

const CJK = /[\u3400-\u9fff]/g;
const LATIN = /[A-Za-z]/g;

function languageOf(doc: LaidOutDocument, text: string): { language: 'en' | 'zh'; from: InferredValue['from'] } | undefined {
  const declared = doc.info.language?.toLowerCase();
  if (declared?.startsWith('zh')) return { language: 'zh', from: 'document-info' };
  if (declared?.startsWith('en')) return { language: 'en', from: 'document-info' };
  const cjk = text.match(CJK)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (cjk + latin === 0) return undefined;
  // A Chinese character carries about as much as an English word of ~4 letters: a bilingual report whose
  // Chinese half is as long as its English one reads as Chinese, as its index and headings usually do.
  return { language: cjk * 4 >= latin ? 'zh' : 'en', from: 'text' };
}

/** Reads metadata from a laid-out document. Pure; the first passage (in reading order) that says a thing wins. */
export function inferMeta(doc: LaidOutDocument): InferredMetadata {
  const pages = new PrintedPages(doc);
  const meta: Partial<ReportMeta> & { frameworks: ReportMeta['frameworks'] } = { frameworks: {} };
  const inferred: InferredMeta = {};
  const at = (passage: Passage, text: string): InferredValue => ({ from: 'text', ...pages.at(passage.page), text: shown(text) });
  const passages = passagesOf(doc);

  const title = doc.info.title && isRealTitle(doc.info.title) ? doc.info.title.trim() : undefined;
  const heading = doc.blocks.find((b) => b.kind === 'heading');
  if (title) {
    meta.title = title;
    inferred.title = { from: 'document-info', text: shown(title) };
  } else if (heading && heading.kind === 'heading') {
    meta.title = heading.text.trim();
    inferred.title = { from: 'heading', ...pages.at(heading.page), text: shown(heading.text) };
  }

  const published = doc.info.created ? normaliseDate(doc.info.created) : undefined;
  if (published) {
    meta.published = published;
    inferred.published = { from: 'document-info', text: published };
  }

  const all = passages.map((p) => p.text).join('\n');
  const language = languageOf(doc, all);
  if (language) {
    meta.language = language.language;
    inferred.language = { from: language.from };
  }

  for (const passage of passages) {
    for (const sentence of sentences(passage.text)) {
      const found = periodIn(sentence);
      if (found) {
        meta.period = found.period;
        inferred.period = at(passage, found.text);
        break;
      }
    }
    if (meta.period) break;
  }
  if (!meta.period) {
    // `2024年度` in the title or a sentence about the report: the whole calendar year.
    const candidates: { text: string; value: InferredValue }[] = [
      ...(meta.title ? [{ text: meta.title, value: inferred.title! }] : []),
      ...passages.flatMap((p) => sentences(p.text).filter((s) => PERIOD_CONTEXT_ZH.test(s)).map((s) => ({ text: s, value: at(p, s) }))),
    ];
    for (const candidate of candidates) {
      const period = yearPeriod(candidate.text);
      if (!period) continue;
      meta.period = period;
      inferred.period = { ...candidate.value, text: shown(candidate.text) };
      break;
    }
  }

  const gri = frameworkDefs().find((f) => f.policy === 'gri-claim');
  if (gri) {
    for (const passage of passages) {
      const claim = claimIn(passage.text, gri.prefixes);
      if (!claim) continue;
      meta.frameworks[gri.id] = { claim };
      inferred[`frameworks.${gri.id}.claim`] = at(passage, passage.text);
      break;
    }
  }

  for (const passage of passages) {
    const cited = citedFrameworks(passage.text);
    for (const [id, text] of cited) {
      if (inferred[`frameworks.${id}`]) continue;
      meta.frameworks[id] ??= {};
      inferred[`frameworks.${id}`] = at(passage, text);
    }
  }

  for (const passage of passages) {
    const organization = organisationIn(passage.text);
    if (!organization) continue;
    meta.organization = organization;
    inferred.organization = at(passage, organization);
    break;
  }

  return { meta, inferred };
}
