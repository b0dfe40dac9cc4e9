#!/usr/bin/env node
// Regenerates the non-GRI, non-SASB catalogs from the reference folder (see the README in each folder):
//
//   node scripts/import-frameworks.mjs <reference folder> [--out <standards folder>] [--as-of YYYY-MM-DD]
//
// Writes (paths under the standards folder, `standards/` of this repository by default):
//   szse/szse-no17-2024.json  sse/sse-no14-2024.json  bse/bse-no11-2024.json
//   hkex/hkex-esg-guide-2020.json  hkex/hkex-esg-code-2025.json
//   tcfd/tcfd-2017.json  ifrs-s2/ifrs-s2-2023.json
//   crosswalk/climate.json
//
// Inputs (file names as in the reference folder):
//   szse/szse_guideline17.verified.json   chapters, general-requirement articles, the 21 topics (zh/en, articles, level)
//   szse/szse_no17_2024_text.txt          official text of SZSE No. 17 (articles, chapters, annex topic index)
//   szse/sse_no14_2024_text.txt           official text of SSE No. 14
//   szse/bse_no11_2024_text.txt           official text of BSE No. 11
//   hkex/hkex_c2.verified.json            HKEX Appendix C2: Part B, Part C aspects and KPIs, Part D, phase-in
//   tcfd/tcfd_issb.verified.json          TCFD's 11 recommended disclosures, IFRS S2 paragraph structure
// and, for the few SASB links of the crosswalk, the SASB catalog already in <standards folder>/sasb/.
//
// The script parses the three official Chinese texts itself and stops when they disagree with the reference
// JSON (article counts, chapter headings, annex topic index) or when the articles that differ between the three
// exchanges are not the ones listed in EXCHANGE_DIFFERENCES below. Output is deterministic: fixed key order,
// 2-space JSON, trailing newline. The script owns every *.json in szse/, sse/, bse/, hkex/, tcfd/ and
// ifrs-s2/ (it deletes the ones it did not write) and crosswalk/climate.json (other crosswalk files are left alone).
//
// Editorial decisions, meaning anything the reference does not state in machine-readable form, sit in named
// tables below, each with its reason.
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importArgs } from './lib/import-args.mjs';
import { IFRS_SOURCES, S1_EFFECTIVE, S1_GROUPS, S1_PARAGRAPHS, S2_AMENDED_EFFECTIVE, S2_AMENDED_NOTES, S2_AMENDED_PARAGRAPHS } from './lib/ifrs-sustainability.mjs';

/** `status` is computed against this date (the date the reference data was reviewed, as in import-gri.mjs). */
let AS_OF = '2026-11-24';

const warnings = [];
const warn = (message) => warnings.push(message);
const fail = (message) => {
  throw new Error(message);
};

// ===================================================================================================
// Chinese exchanges: SZSE No. 17, SSE No. 14, BSE No. 11 (2024)
// ===================================================================================================

const EXCHANGES = {
  szse: {
    prefix: 'SZSE',
    file: 'szse_no17_2024_text.txt',
    out: 'szse/szse-no17-2024.json',
    id: 'SZSE Self-Regulatory Guideline No. 17: Sustainability Report (Trial) 2024',
    topic: 'SZSE No. 17',
    articles: 63,
  },
  sse: {
    prefix: 'SSE',
    file: 'sse_no14_2024_text.txt',
    out: 'sse/sse-no14-2024.json',
    id: 'SSE Self-Regulatory Guideline No. 14: Sustainability Report (Trial) 2024',
    topic: 'SSE No. 14',
    articles: 63,
  },
  bse: {
    prefix: 'BSE',
    file: 'bse_no11_2024_text.txt',
    out: 'bse/bse-no11-2024.json',
    id: 'BSE Continuous Supervision Guideline No. 11: Sustainability Report (Trial) 2024',
    topic: 'BSE No. 11',
    articles: 62,
  },
};

/**
 * Effective window of all three guidelines. The instrument states one date: "本指引自2024年5月1日起施行"
 * (SZSE/SSE Art. 63, BSE Art. 62). Publication basis chosen: the guideline governs every sustainability report
 * published under it from that day (Art. 3: voluntary reports "需与本指引的相关要求保持一致"), and Art. 63(2)
 * encourages FY2024 reports (published in 2025) to apply it, which a reporting-period basis from 2025-01-01
 * would wrongly call "not yet effective". The FY2025 mandatory first report (due by 2026-04-30) is a matter of
 * *who* must report (Art. 3, 63(1)), not of which version applies, and is recorded in the note.
 */
const CN_EFFECTIVE = {
  from: '2024-05-01',
  basis: 'publication',
  issued: '2024-04-12',
};
const CN_EFFECTIVE_NOTE = {
  szse:
    'In force from 2024-05-01 (Art. 63, official text); issued 2024-04-12 (SZSE notice, reference). Publication basis: ' +
    'the guideline governs reports published from that day. Mandatory reporters (SZSE 100 and ChiNext index constituents ' +
    'throughout the period, and companies listed both in mainland China and overseas, Art. 3) publish their first report, ' +
    'for FY2025, by 2026-04-30 (Art. 63(1)); FY2024 reports may apply it early and must then comply (Art. 63(2)); ' +
    'first-period relief (no year-on-year changes, qualitative where hard to quantify) in Art. 63(3).',
  sse:
    'In force from 2024-05-01 (Art. 63, official text); issued 2024-04-12 together with SZSE No. 17 (memory: the reference ' +
    'gives no SSE issue date). Publication basis, as SZSE No. 17. Mandatory reporters: SSE 180 and STAR 50 index constituents and ' +
    'companies listed both in mainland China and overseas (Art. 3); first report for FY2025 by 2026-04-30 (Art. 63(1)).',
  bse:
    'In force from 2024-05-01 (Art. 62, official text); issue date assumed the same as SZSE/SSE (2024-04-12; not stated ' +
    'in the reference for BSE). Publication basis, as SZSE No. 17. No company must report: BSE-listed companies may ' +
    'report voluntarily (Art. 3); once they do, the guideline applies. No FY2025 deadline clause; first-period relief in Art. 62.',
};

/**
 * Article titles. The guideline's articles have no headings: `zh` is a short heading derived from the article's own
 * words (for topic articles with one article, the topic name of the official annex index; for Arts. 12, 13, 18, 19 the
 * element names of Art. 11), `en` an unofficial English paraphrase. `kind` is a hint from the text (numbers asked
 * for or not). SSE No. 14 has the same 63 articles; BSE No. 11 has Arts. 1-59 identical in number and
 * subject, then 60 = SZSE 61, 61 = SZSE 62, 62 = SZSE 63 (BSE has no counterpart of SZSE 60).
 */
const ARTICLES = {
  1: ['Purpose and legal basis', '制定目的和依据'],
  2: ['Integrating sustainable development into strategy and operations', '将可持续发展理念融入发展战略和经营管理'],
  3: ['Reporting entities (mandatory and voluntary reporters)', '披露主体'],
  4: ['Reporting deadline, board approval and reporting period', '披露时间、审议程序和报告期间'],
  5: ['Double materiality: financial materiality and impact materiality of each topic', '议题的财务重要性和影响重要性'],
  6: ['Quality of sustainability information', '可持续发展信息的披露要求'],
  7: ['Adjusting disclosures or using substitutes, with full explanation (comply or explain)', '调整披露内容或采取替代措施并充分说明原因'],
  8: ['Estimates and forward-looking information', '估算信息和预测性信息'],
  9: ['Stakeholder views', '利益相关方诉求和意见'],
  10: ['Methods proportionate to capabilities and resources', '与公司能力和资源相匹配的方法'],
  11: ['Four core elements for topics with financial materiality', '四个方面核心内容'],
  12: ['Governance', '治理'],
  13: ['Strategy', '战略'],
  14: ['Sustainability-related risks and opportunities, time horizons and material impacts', '可持续发展相关风险和机遇及重大影响'],
  15: ['Effects on strategy and decision-making', '对公司战略和决策的影响'],
  16: ['Financial effects on financial position, results and cash flows', '对财务状况、经营成果和现金流的影响'],
  17: ['Resilience of strategy and business model', '战略及商业模式的适应性'],
  18: ['Impact, risk and opportunity management', '影响、风险和机遇管理'],
  19: ['Metrics and targets', '指标与目标'],
  20: ['Green and low-carbon development', '绿色低碳发展'],
  21: ['Climate change response: disclosures in addition to the four core elements', '应对气候变化'],
  22: ['Climate resilience assessment (scenario analysis encouraged)', '气候适应性'],
  23: ['Transition plan, measures and progress', '转型计划、措施及其进展'],
  24: ['GHG emissions: total, Scope 1 and Scope 2 (Scope 3 encouraged), carbon credits, emissions trading', '温室气体排放总量及范围1、范围2排放量'],
  25: ['GHG emissions by business unit or facility, country or region, and source type', '温室气体排放分类情况'],
  26: ['GHG accounting standards, methods, assumptions and consolidation approach', '温室气体排放核算标准、方法和合并方法'],
  27: ['GHG reduction practices, targets, measures and reductions achieved (CCER)', '温室气体减排实践'],
  28: ['Low-carbon technologies, products and services', '减少碳排放的新技术、新产品、新服务'],
  29: ['Ecological and environmental protection', '生态环境保护'],
  30: ['Pollutant emissions', '污染物排放'],
  31: ['Waste disposal', '废弃物处理'],
  32: ['Ecosystem and biodiversity protection', '生态系统和生物多样性保护'],
  33: ['Environmental compliance management', '环境合规管理'],
  34: ['Efficient use of resources', '集约、高效利用资源'],
  35: ['Energy use', '能源利用'],
  36: ['Water resource use', '水资源利用'],
  37: ['Circular economy', '循环经济'],
  38: ['Supporting rural revitalization and public welfare', '支持乡村振兴和社会公益事业'],
  39: ['Rural revitalization', '乡村振兴'],
  40: ['Social contribution', '社会贡献'],
  41: ['Innovation-driven development strategy and ethics in innovation', '践行创新驱动发展战略'],
  42: ['Innovation-driven development', '创新驱动'],
  43: ['Science and technology ethics', '科技伦理'],
  44: ['Good faith towards creditors, suppliers, customers and consumers', '诚信对待供应商、客户和消费者'],
  45: ['Supply chain security', '供应链安全'],
  46: ['Fair treatment of small and medium-sized enterprises', '平等对待中小企业'],
  47: ['Product and service safety and quality', '产品和服务安全与质量'],
  48: ['Data security and customer privacy protection', '数据安全与客户隐私保护'],
  49: ["Protecting employees' rights and interests", '保护员工合法权益'],
  50: ['Employees: employment and remuneration, occupational health and safety, development and training', '员工'],
  51: ['Sustainability-related governance mechanisms', '可持续发展相关治理机制'],
  52: ['Due diligence', '尽职调查'],
  53: ['Stakeholder communication', '利益相关方沟通'],
  54: ['Principles of business conduct', '商业行为原则'],
  55: ['Anti-commercial bribery and anti-corruption', '反商业贿赂及反贪污'],
  56: ['Anti-unfair competition', '反不正当竞争'],
  57: ['Indicator index and cross-references to other reports', '指标索引和引用'],
  58: ['Third-party assurance or verification', '第三方鉴证或审验'],
  59: ['Definitions', '释义'],
  60: ['No separate social responsibility report needed', '无需再披露社会责任报告'],
  61: ['Breaches: self-regulatory measures and disciplinary sanctions', '自律监管措施和纪律处分'],
  62: ['Interpretation', '解释'],
  63: ['Effective date and transition arrangements', '施行日期和过渡期安排'],
};
/** BSE No. 11, Arts. 60-62 (its last three articles; see ARTICLES). */
const BSE_TAIL = {
  60: ['Breaches: self-regulatory measures and disciplinary sanctions', '自律监管措施和纪律处分'],
  61: ['Interpretation', '解释'],
  62: ['Effective date and first-period relief', '施行日期和首个报告期安排'],
};

/** BSE No. 11 titles that differ from SZSE/SSE: Art. 3 has no mandatory reporters ("北交所上市公司可以……自愿披露"). */
const BSE_TITLES = {
  3: ['Reporting entities (voluntary reporters only)', '披露主体'],
};

/**
 * BSE level notes that replace the SZSE-based reference note (szse_guideline17.verified.json describes SZSE No. 17):
 * BSE Art. 46 para 1 reads "应付账款（含应付票据）余额占总资产的比重超过50%" with no RMB 30 bn limb (official text).
 */
const BSE_LEVEL_NOTES = {
  46: 'Mandatory if period-end accounts payable (incl. notes payable) exceed 50% of total assets (overdue unpaid amounts and the plan to settle them), or if the company or a controlled subsidiary has publicly reported overdue payments to SMEs via the National Enterprise Credit Information Publicity System; others encouraged (BSE No. 11 Art. 46, official text). Unlike SZSE/SSE Art. 46 there is no RMB 30 bn payables trigger.',
};

/**
 * Articles whose requirement (not only wording) differs from SZSE No. 17: their SZSE <-> BSE/SSE link is `partial`.
 * BSE 46 drops the RMB 30 bn payables trigger, so a company with RMB 30 bn payables below 50% of its assets must
 * disclose under SZSE 46 but not under BSE 46.
 */
const REQUIREMENT_DIFFERS = { sse: [], bse: [46] };

/** Articles that ask for figures (`quantitative` alone: only Art. 25) or figures and narrative; the rest are qualitative. */
const CN_KIND = { 16: 'mixed', 24: 'mixed', 25: 'quantitative', 27: 'mixed', 30: 'mixed', 31: 'mixed', 35: 'mixed', 36: 'mixed',
  37: 'mixed', 39: 'mixed', 40: 'mixed', 42: 'mixed', 46: 'mixed', 50: 'mixed', 55: 'mixed' };

/**
 * Levels of articles that are not the only article of their topic. Topic articles otherwise take their topic's level
 * from szse_guideline17.verified.json. Climate change (topic 1) is "mixed" there; its per-article levels are read from
 * that file's disclosure_level_note. The core-element articles (12-19) are required for topics with financial
 * materiality (Art. 11, reference `materiality`), hence `conditional`; 17 is encouraged (reference, Art. 17 "本所鼓励").
 * Section-opening principle articles (20, 29, 34, 38, 41, 44, 49, 51, 54) and the general and closing articles ask for no
 * disclosure of their own and get no level, except those below.
 */
const CN_LEVEL = {
  5: ['mandatory', 'Art. 5 requires explaining the process of the materiality analysis ("并说明对议题重要性进行分析的过程"); topics neither financially nor impact material are explained under Art. 7.'],
  9: ['encouraged', 'Soliciting stakeholder views is encouraged ("本所鼓励").'],
  12: ['conditional', 'Required for topics with financial materiality (Art. 11); may be disclosed once for all topics where governance is integrated (Art. 12 para 2).'],
  13: ['conditional', 'Required for topics with financial materiality (Art. 11), through Arts. 14-17.'],
  14: ['conditional', 'Paras 1-2 for topics with financial materiality (Art. 11); para 2 of the article ("本所鼓励") is encouraged; para 3 (material impacts) applies to every topic with impact materiality.'],
  15: ['conditional', 'Required for topics with financial materiality (Art. 11).'],
  16: ['conditional', 'Required for topics with financial materiality (Art. 11); current-period and next-year effects required, short/medium/long-term effects encouraged; quantitative or explained.'],
  17: ['encouraged', 'Resilience assessment is encouraged ("本所鼓励").'],
  18: ['conditional', 'Required for topics with financial materiality (Art. 11).'],
  19: ['conditional', 'Required for topics with financial materiality (Art. 11).'],
  21: ['mandatory', 'Climate: the Chapter 2 four-element content plus this section (reference disclosure_level_note).'],
  22: ['mandatory', 'Climate resilience assessment required; scenario analysis encouraged for companies able to do it.'],
  23: ['mandatory', 'Transition plan, measures and progress required.'],
  24: ['mandatory', 'Total GHG in tCO2e, Scope 1 and Scope 2 required; Scope 3 encouraged; carbon credits and emissions-trading compliance only where applicable; third-party verification encouraged.'],
  25: ['encouraged', 'Breakdown by unit/facility, country/region and source type is encouraged.'],
  26: ['mandatory', 'Accounting standards, methods, assumptions and consolidation approach required.'],
  27: ['mandatory', 'Reduction mechanisms, targets, measures and direct reductions required; CCER registration and trading "如有" (where applicable).'],
  28: ['conditional', 'Only where the company discloses low-carbon technologies, products or services.'],
  57: ['encouraged', 'An indicator index is encouraged ("本所鼓励").'],
  58: ['conditional', 'Only where a third party assures or verifies the report.'],
};

/** Section-opening principle articles (reference chapters_note): not in the annex topic index. */
const SECTION_PRINCIPLES = [20, 29, 34, 38, 41, 44, 49, 51, 54];

/**
 * How the three texts differ, article by article (numbers as in each text). The script diffs the official texts and
 * stops unless exactly these articles differ. The reference lists SSE differences in Arts. 1, 3, 6, 11, 59, 60 and BSE
 * differences in Arts. 3, 32, 46, 60-62; the diff shows that BSE also shares SSE's wording changes in Arts. 6 and 11
 * and differs in its Art. 1 and Art. 59 (recorded here, not in the reference's BSE list).
 */
const EXCHANGE_DIFFERENCES = {
  sse: {
    1: 'Preamble and legal basis name SSE and the STAR Market rules.',
    3: 'Mandatory reporters: SSE 180 and STAR 50 index constituents (SZSE: SZSE 100 and ChiNext index).',
    6: 'Item (1): "国家、地方、行业或公认的国际标准" (SZSE: "国家、地方或行业标准，或公认的国际标准"); same requirement.',
    11: '"围绕下列四个方面核心内容" (SZSE: "结合"); same requirement.',
    59: 'Definitions read "指" (SZSE: "是指"); the topic index is called 附表 (SZSE: 附件).',
    60: 'Adds "或自愿披露": voluntary reporters too need no separate social responsibility report.',
  },
  bse: {
    1: 'Preamble and legal basis name BSE rules; no reference to the Code of Corporate Governance.',
    3: 'No mandatory reporters: BSE-listed companies may report voluntarily.',
    6: 'Item (1) worded as SSE No. 14; same requirement.',
    11: '"围绕" as SSE No. 14 (SZSE: "结合"); same requirement.',
    32: 'Item (1) word order "相关设施处置" (SZSE: "处置相关设施"); same requirement.',
    46: 'SME payment trigger: accounts payable above 50% of total assets only (no RMB 30bn limb).',
    59: 'Definitions read "指" (SZSE: "是指"); the topic index is called 附表 (SZSE: 附件).',
    60: 'BSE Art. 60 is the enforcement article (SZSE Art. 61); BSE has no counterpart of SZSE Art. 60 (social responsibility report).',
    61: 'BSE Art. 61 is the interpretation article (SZSE Art. 62).',
    62: 'BSE Art. 62: effective 2024-05-01 and first-period relief; no FY2025 deadline (SZSE Art. 63).',
  },
};

const DIMENSION = { environment: 'environment', social: 'social', sustainability_governance: 'governance' };
const DIMENSION_ZH = { environment: '环境', social: '社会', governance: '可持续发展相关治理' };

const CN_NUM = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function chineseNumber(text) {
  if (!/^[一二三四五六七八九十]+$/.test(text)) fail(`not a Chinese numeral: ${text}`);
  if (!text.includes('十')) return CN_NUM[text];
  const [tens, units] = text.split('十');
  return (tens ? CN_NUM[tens] : 1) * 10 + (units ? CN_NUM[units] : 0);
}

/** Articles (number -> text), chapter/section headings and the annex topic index of one official text. */
function parseGuideline(text, name) {
  const [body, annex] = text.split(/\n附[件表]：/);
  if (annex === undefined) fail(`${name}: no annex (附件：/附表：) found`);
  const articles = new Map();
  const headings = [];
  let current;
  for (const line of body.split('\n')) {
    const heading = /^第([一二三四五六七八九十]+)([章节])\s*(.+)$/.exec(line.trim());
    if (heading) {
      headings.push({ kind: heading[2], no: chineseNumber(heading[1]), title: heading[3].replace(/\s+/g, ''), firstArticle: undefined });
      current = undefined;
      continue;
    }
    const article = /^第([一二三四五六七八九十]+)条\s*(.*)$/.exec(line);
    if (article) {
      current = chineseNumber(article[1]);
      if (articles.has(current)) fail(`${name}: article ${current} twice`);
      if (current !== articles.size + 1) fail(`${name}: article ${current} out of order`);
      articles.set(current, [article[2]]);
      for (const h of headings) h.firstArticle ??= current;
      continue;
    }
    if (current !== undefined) articles.get(current).push(line);
  }
  // Annex: 维度 / 序号 / 议题 / 对应条款, one cell per line.
  const cells = annex.split('\n').map((l) => l.trim()).filter(Boolean);
  const topics = [];
  for (let i = 0; i < cells.length; i++) {
    if (!/^\d{1,2}$/.test(cells[i])) continue;
    const ref = cells[i + 2] ?? '';
    const range = /^第([一二三四五六七八九十]+)条(?:至第([一二三四五六七八九十]+)条)?$/.exec(ref);
    if (!range) fail(`${name}: annex row ${cells[i]} has no article reference (${ref})`);
    const from = chineseNumber(range[1]);
    const to = range[2] ? chineseNumber(range[2]) : from;
    topics.push({ no: Number(cells[i]), zh: cells[i + 1], articles: Array.from({ length: to - from + 1 }, (_, k) => from + k) });
    i += 2;
  }
  return { articles: new Map([...articles].map(([n, lines]) => [n, lines.join('\n').trim()])), headings, topics };
}

function checkAgainstReference(parsed, ref, name, expectedArticles) {
  if (parsed.articles.size !== expectedArticles) fail(`${name}: ${parsed.articles.size} articles, expected ${expectedArticles}`);
  if (parsed.topics.length !== 21) fail(`${name}: annex has ${parsed.topics.length} topics, expected 21`);
  for (const t of ref.topics) {
    const p = parsed.topics.find((x) => x.no === t.no);
    if (!p || p.zh !== t.zh || p.articles.join() !== t.articles.join()) fail(`${name}: annex topic ${t.no} differs from the reference`);
  }
  for (const chapter of ref.chapters) {
    const h = parsed.headings.find((x) => x.kind === '章' && x.no === chapter.no);
    const title = chapter.zh.replace(/^第.章\s*/, '');
    if (!h || h.title !== title || h.firstArticle !== chapter.articles[0]) fail(`${name}: chapter ${chapter.no} differs from the reference`);
  }
}

function cnLevels(ref) {
  const levels = new Map();
  for (const t of ref.topics) {
    for (const n of t.articles) {
      if (CN_LEVEL[n]) levels.set(n, CN_LEVEL[n]);
      else if (t.disclosure_level === 'mixed') fail(`topic ${t.no} is mixed but article ${n} has no level in CN_LEVEL`);
      else levels.set(n, [t.disclosure_level, t.disclosure_level_note || undefined]);
    }
  }
  for (const [n, level] of Object.entries(CN_LEVEL)) if (!levels.has(Number(n))) levels.set(Number(n), level);
  // The reference states the climate article levels in prose: keep the table honest against it.
  const climate = ref.topics.find((t) => t.no === 1).disclosure_level_note;
  for (const [n, word] of [[25, 'encouraged'], [28, 'conditional'], [26, 'mandatory'], [27, 'mandatory']]) {
    if (!new RegExp(`Art\\.${n}[^;]*${word === 'mandatory' ? 'mandatory' : word}`).test(climate)) warn(`climate Art. ${n}: "${word}" not found in the reference note`);
  }
  return levels;
}

function buildGuideline(key, ref, parsed, diffs) {
  const ex = EXCHANGES[key];
  const id = (n) => `${ex.prefix} ${n}`;
  const levels = cnLevels(ref);
  const topicOf = new Map(ref.topics.flatMap((t) => t.articles.map((n) => [n, t])));
  const coreGroups = [
    { id: 'core-governance', title: 'Core element: governance', titleZh: '治理', members: [12] },
    { id: 'core-strategy', title: 'Core element: strategy', titleZh: '战略', members: [13, 14, 15, 16, 17] },
    { id: 'core-iro-management', title: 'Core element: impact, risk and opportunity management', titleZh: '影响、风险和机遇管理', members: [18] },
    { id: 'core-metrics-targets', title: 'Core element: metrics and targets', titleZh: '指标与目标', members: [19] },
  ];
  for (const element of ref.four_core_elements) {
    const articles = [element.article].flat();
    const group = coreGroups.find((g) => g.titleZh === element.zh);
    if (!group || Math.min(...group.members) !== articles[0] || Math.max(...group.members) !== articles.at(-1)) fail(`core element ${element.zh} differs from the reference`);
  }
  const last = ex.articles;
  const closing = Array.from({ length: last - 56 }, (_, k) => 57 + k);
  const groupDefs = [
    { id: 'general-provisions', title: 'General provisions', titleZh: '总则', dimension: 'general', members: [1, 2, 3, 4, 6, 8, 9, 10],
      note: 'Chapter 1 (第一章 总则) without Arts. 5 and 7, which have their own groups.' },
    { id: 'double-materiality', title: 'Double materiality', titleZh: '财务重要性和影响重要性', dimension: 'general', members: [5, 11],
      note: 'Art. 5: identify the financial materiality (财务重要性) and impact materiality (影响重要性) of every topic and explain the process; Art. 11: topics with financial materiality are disclosed through the four core elements, topics with impact materiality only through their topic articles. The group title is derived from Art. 5 (the text has no heading).' },
    { id: 'comply-or-explain', title: 'Comply or explain', titleZh: '调整披露内容并说明原因', dimension: 'general', members: [7],
      note: 'Art. 7: disclosure may be adjusted or replaced for state or trade secrets, serious harm, inapplicability, or a topic that is neither financially nor impact material, with the reasons fully explained; not available where laws require the disclosure. The group title is derived (the text has no heading).' },
    ...coreGroups.map((g) => ({ ...g, dimension: 'core-element', ...(g.id === 'core-strategy' ? {} : { level: 'conditional' }),
      note: `Four core elements (Art. 11 "四个方面核心内容"): required for topics with financial materiality.${g.id === 'core-strategy' ? ' Level per article (Art. 17 is encouraged).' : ''}` })),
    ...ref.topics.map((t) => {
      const dimension = DIMENSION[t.dimension] ?? fail(`unknown dimension ${t.dimension}`);
      const mixed = t.disclosure_level === 'mixed';
      const levelNote = key === 'bse' && t.articles.length === 1 && BSE_LEVEL_NOTES[t.articles[0]] ? BSE_LEVEL_NOTES[t.articles[0]] : t.disclosure_level_note;
      return {
        id: `topic-${t.no}`,
        title: t.en,
        titleZh: t.zh,
        dimension,
        ...(mixed ? {} : { level: t.disclosure_level }),
        members: t.articles,
        note: `Topic ${t.no} of the annex topic index (议题索引表), dimension ${DIMENSION_ZH[dimension]}. Chinese title official; English title an unofficial translation.` +
          (mixed ? ' Level per article (mandatory, encouraged, conditional).' : levelNote ? ` Level: ${levelNote}` : ''),
      };
    }),
    { id: 'section-principles', title: 'Section-opening principles (not in the topic index)', dimension: 'general', members: SECTION_PRINCIPLES,
      note: 'Each section of Chapters 3-5 opens with a principle article that the annex topic index does not list (Art. 20 lies outside the climate range 21-28). They ask for no disclosure of their own.' },
    { id: 'supplementary-provisions', title: 'Supplementary provisions and definitions', titleZh: '附则和释义', dimension: 'general', members: closing,
      note: 'Chapter 6 (第六章 附则和释义).' },
  ];
  const groupOf = new Map();
  for (const g of groupDefs) for (const n of g.members) {
    if (groupOf.has(n)) fail(`${ex.prefix}: article ${n} in two groups`);
    groupOf.set(n, g.id);
  }
  for (let n = 1; n <= last; n++) if (!groupOf.has(n)) fail(`${ex.prefix}: article ${n} in no group`);

  const disclosures = [];
  for (let n = 1; n <= last; n++) {
    if (!parsed.articles.has(n)) fail(`${ex.prefix}: article ${n} missing`);
    const [en, zh] = (key === 'bse' && (BSE_TAIL[n] ?? BSE_TITLES[n])) || ARTICLES[n];
    const topic = topicOf.get(n);
    const singleTopic = topic && topic.articles.length === 1;
    const tail = key === 'bse' && n >= 60;
    const level = tail ? undefined : levels.get(n);
    const notes = [];
    notes.push(singleTopic || zh === topic?.zh
      ? 'titleZh: the topic name of the official annex index (the article has no heading).'
      : [12, 13, 18, 19].includes(n)
        ? 'titleZh: the element name in Art. 11 (the article has no heading).'
        : 'titleZh: a short heading derived from the article text (the article has no heading).');
    notes.push('English title: unofficial translation; the Chinese text is authoritative.');
    const levelNote = key === 'bse' && BSE_LEVEL_NOTES[n] ? BSE_LEVEL_NOTES[n] : level?.[1];
    if (levelNote) notes.push(`Level: ${levelNote}`);
    if (diffs[n]) notes.push(`Differs from SZSE No. 17: ${diffs[n]}`);
    if (SECTION_PRINCIPLES.includes(n)) notes.push('Section-opening principle: not in the annex topic index.');
    disclosures.push(ordered({
      id: id(n),
      code: String(n),
      title: en,
      titleZh: zh,
      group: groupOf.get(n),
      level: level?.[0],
      kind: tail ? 'qualitative' : CN_KIND[n] ?? 'qualitative',
      omissionNotPermitted: false,
      supersededBy: [],
      confidence: 'official',
      note: notes.join(' '),
      requirements: [],
    }, DISCLOSURE_KEYS));
  }
  const groups = groupDefs.map((g) => ordered({ ...g, members: g.members.map(id) }, GROUP_KEYS));
  const titleZh = key === 'szse' ? ref.instrument.title_zh : ref.sister_instruments[key === 'sse' ? 'SSE_No14' : 'BSE_No11'].title_zh;
  const diffText = Object.entries(diffs).map(([n, d]) => `Art. ${n}: ${d}`).join(' ');
  return standard({
    id: ex.id,
    framework: key,
    topic: ex.topic,
    series: 'guideline',
    titleZh,
    year: 2024,
    effective: { ...CN_EFFECTIVE, note: CN_EFFECTIVE_NOTE[key] },
    supersedes: [],
    supersededBy: [],
    source: `${ex.file} (official text: articles, chapters, annex topic index) + szse_guideline17.verified.json (topics with English translations and disclosure levels, core elements${key === 'szse' ? '' : ', differences from SZSE No. 17'}); article headings and English titles derived (see the article notes and standards/szse/README.md).`,
    confidence: 'official',
    note: `${last} articles in 6 chapters, 21 topics (8 environment, 9 social, 4 sustainability-related governance) in the annex topic index. ` +
      'Chinese is authoritative; English titles are unofficial translations. Levels: "mandatory" = "应当" in the text, for every reporter (' +
      (key === 'bse' ? 'at BSE every reporter is voluntary, Art. 3' : 'mandatory or voluntary') + '), subject to Art. 5 and Art. 7 (a topic that is neither financially nor impact material is explained instead); "conditional" = only when the article\'s condition holds; "encouraged" = "本所鼓励".' +
      (diffText ? ` Differences from SZSE No. 17 (found by diffing the official texts): ${diffText}` : ''),
    groups,
    disclosures,
  });
}

function articleDiffs(base, other, key) {
  const differing = {};
  const normalize = (t) => t.replace(/\s+/g, '');
  for (const [n, text] of other.articles) {
    if (base.articles.get(n) === undefined || normalize(base.articles.get(n)) !== normalize(text)) differing[n] = true;
  }
  const expected = EXCHANGE_DIFFERENCES[key];
  const found = Object.keys(differing).join();
  if (found !== Object.keys(expected).join()) fail(`${key}: articles differing from SZSE are ${found}, EXCHANGE_DIFFERENCES lists ${Object.keys(expected).join()}`);
  return expected;
}

// ===================================================================================================
// HKEX: ESG Reporting Guide (Appendix 27, 2020 amendments) and ESG Reporting Code (Appendix C2, 2025)
// ===================================================================================================

const HKEX_GUIDE_2020 = 'HKEX Appendix 27 ESG Reporting Guide 2020';
const HKEX_CODE_2025 = 'HKEX Appendix C2 ESG Reporting Code 2025';

/**
 * The 2020 Guide: the ESG Reporting Guide as amended by the December 2019 consultation conclusions (Part B mandatory
 * disclosures, aspect A4 Climate Change, A1.2 as Scope 1 and Scope 2, all KPIs "comply or explain"), in force for
 * financial years commencing on or after 2020-07-01 (memory: not in the reference) and before 2025-01-01 (reference:
 * the 2025 Code applies from financial years commencing on or after 2025-01-01). The standard gets no `from`: earlier
 * versions of the Guide are not modelled and their codes (A1.1 ... B8.2) mostly coincide; only what the 2019
 * amendments added (Part B, A4, A4.1) carries its own `from`.
 */
const HKEX_2020_NEW = {
  from: '2020-07-01',
  before: '2025-01-01',
  basis: 'reporting-period',
  earlyAdoption: true,
  issued: '2019-12-18',
  note: 'Added by the December 2019 amendments, effective for financial years commencing on or after 2020-07-01, early adoption accepted (memory: dates not in the reference).',
};

/** Part B paragraphs (reference structure_2025.Part B, secondary): titles shortened from its descriptions. */
const HKEX_PART_B = {
  13: ['Board statement on ESG oversight, management approach and review of goals and targets (governance structure)', 'mixed'],
  14: ['Application of the reporting principles (materiality, quantitative, consistency)', 'qualitative'],
  15: ['Reporting boundary and the process used to identify the entities or operations included', 'qualitative'],
};
const PART_B_NOTES = {
  14: 'The reference records a conflict: the December 2019 conclusions list three principles (materiality, quantitative, consistency), one source four (adding balance, a Part A principle). Three kept.',
};

/**
 * Part D paragraphs at the reference's granularity (paragraph_ranges and paragraph_detail_secondary, single source).
 * [pillar, English title, kind, level, flagged-reason]. Level per the phase-in (reference `phase_in`): Scope 1 and 2 GHG
 * mandatory for all issuers from FY2025 -> D-28 `mandatory`; everything else comply-or-explain for Main Board issuers
 * from FY2025 (LargeCap: mandatory from FY2026; GEM: voluntary, memory); D-38 industry-based metrics "encouraged".
 */
const HKEX_PART_D = {
  19: ['governance', "Governance body's oversight of climate-related risks and opportunities", 'qualitative'],
  20: ['governance', "Management's role in governing climate-related risks and opportunities", 'qualitative'],
  21: ['strategy', 'Climate-related risks and opportunities: physical or transition, time horizons', 'qualitative'],
  22: ['strategy', 'Effects on the business model and value chain', 'qualitative'],
  23: ['strategy', 'Strategy and decision-making, including the transition plan', 'qualitative', 'The reference calls the content of paragraphs 23-24 unreliable (sources overlap): strategy and decision-making / transition plan vs. financial effects.'],
  24: ['strategy', 'Effects on financial position, financial performance and cash flows', 'mixed', 'The reference calls the content of paragraphs 23-24 unreliable (sources overlap).'],
  25: ['strategy', 'Climate resilience (scenario analysis)', 'qualitative', 'The reference gives paragraphs 25-26 together: climate resilience / scenario analysis.'],
  26: ['strategy', 'Climate resilience (scenario analysis), continued', 'qualitative', 'The reference gives paragraphs 25-26 together: climate resilience / scenario analysis.'],
  27: ['risk-management', 'Processes to identify, assess, prioritise and monitor climate-related risks and opportunities', 'qualitative'],
  28: ['metrics-and-targets', 'Greenhouse gas emissions: absolute Scope 1, Scope 2 and Scope 3 emissions (tCO2e)', 'quantitative',
    'The reference gives paragraphs 28-32 together (GHG emissions Scope 1, 2, 3 and measurement approach) and maps KPI A1.2 to paragraph 28; which of 28-32 carries Scope 3 is not verified.'],
  29: ['metrics-and-targets', 'Greenhouse gas emissions (paragraphs 28-32): measurement approach and related requirements', 'mixed', 'Paragraph-level content not verified (reference: 28-32 GHG emissions and measurement approach).'],
  30: ['metrics-and-targets', 'Greenhouse gas emissions (paragraphs 28-32): Scope 3 implementation relief', 'mixed', 'One source cites paragraph 30 as the Scope 3 implementation relief; not verified.'],
  31: ['metrics-and-targets', 'Greenhouse gas emissions (paragraphs 28-32): measurement approach and related requirements', 'mixed', 'Paragraph-level content not verified (reference: 28-32 GHG emissions and measurement approach).'],
  32: ['metrics-and-targets', 'Greenhouse gas emissions (paragraphs 28-32): measurement approach and related requirements', 'mixed', 'Paragraph-level content not verified (reference: 28-32 GHG emissions and measurement approach).'],
  33: ['metrics-and-targets', 'Climate-related targets', 'mixed', 'The reference gives paragraphs 33-35 together (climate-related targets).'],
  34: ['metrics-and-targets', 'Climate-related targets (paragraphs 33-35)', 'mixed', 'The reference gives paragraphs 33-35 together (climate-related targets).'],
  35: ['metrics-and-targets', 'Climate-related targets (paragraphs 33-35)', 'mixed', 'The reference gives paragraphs 33-35 together (climate-related targets).'],
  36: ['metrics-and-targets', 'Cross-industry metrics: assets and activities vulnerable to transition and physical risks, aligned with opportunities, capital deployment', 'mixed', 'The reference gives paragraphs 36-37 together (vulnerable assets, opportunities, capital deployment, internal carbon price).'],
  37: ['metrics-and-targets', 'Cross-industry metrics: internal carbon price (paragraphs 36-37)', 'mixed', 'The reference gives paragraphs 36-37 together (vulnerable assets, opportunities, capital deployment, internal carbon price).'],
  38: ['metrics-and-targets', 'Industry-based metrics', 'mixed'],
  39: ['metrics-and-targets', 'Metrics and targets: paragraph not identified (see the order doubt)', 'mixed', 'The reference gives metrics and targets as paragraphs 28-41 but describes only 28-38; content of 39-41 unknown.'],
  40: ['metrics-and-targets', 'Metrics and targets: paragraph not identified (see the order doubt)', 'mixed', 'The reference gives metrics and targets as paragraphs 28-41 but describes only 28-38; content of 39-41 unknown.'],
  41: ['metrics-and-targets', 'Metrics and targets: paragraph not identified (see the order doubt)', 'mixed', 'The reference gives metrics and targets as paragraphs 28-41 but describes only 28-38; content of 39-41 unknown.'],
};
/**
 * Part D metrics and targets: order doubt (issue 17). The HKEX Implementation Guidance for Climate Disclosures
 * (April 2024; contents page of a copy on scribd.com, secondary) orders the chapter GHG emissions -> cross-industry
 * metrics -> internal carbon prices -> remuneration -> industry-based metrics -> climate-related targets, the IFRS S2
 * order; the reference puts targets (33-35) before cross-industry metrics (36-37) and has no remuneration paragraph.
 * The official Appendix C2 text was not found, so numbers and titles stay as the reference gives them, flagged.
 */
const PART_D_ORDER_DOUBT =
  'Order doubt: the HKEX Implementation Guidance (April 2024, secondary copy of its contents) orders metrics and targets as GHG emissions, cross-industry metrics, internal carbon prices, remuneration, industry-based metrics, climate-related targets (the IFRS S2 order); the reference puts targets at 33-35 before cross-industry metrics at 36-37 and has no remuneration paragraph, so the numbers and titles of 33-41 are doubtful. Official Appendix C2 text not found.';
const PART_D_ORDER_DOUBTFUL = new Set(['33', '34', '35', '36', '37', '38', '39', '40', '41']);
/** D-28 holds Scope 1 and 2 (mandatory for all) and, per the reference, Scope 3 (phased in): its level covers the first only. */
const PART_D_28_DOUBT =
  'Level doubt: `mandatory` is the level of Scope 1 and Scope 2; Scope 3, if this paragraph carries it, is comply-or-explain for Main Board issuers and mandatory only for LargeCap issuers from FY2026 (with reliefs), so a report citing D-28 for Scope 3 alone is not answering a mandatory item.';

const PART_D_PILLARS = [
  ['governance', 'Part D: Governance', '19-20'],
  ['strategy', 'Part D: Strategy', '21-26'],
  ['risk-management', 'Part D: Risk management', '27'],
  ['metrics-and-targets', 'Part D: Metrics and targets', '28-41'],
];
const PHASE_IN_NOTE =
  'Phase-in (reference phase_in, secondary): Scope 1 and Scope 2 GHG emissions mandatory for all issuers (Main Board and GEM) for financial years commencing on or after 2025-01-01; ' +
  'all other Part D requirements comply-or-explain for Main Board issuers from FY2025; LargeCap issuers (Hang Seng Composite LargeCap Index constituents) mandatory from FY2026, Scope 3 included, subject to implementation reliefs; GEM issuers voluntary (memory).';

/** KPIs asking for figures (all others are descriptions): from the KPI wording. */
const HKEX_KIND = {
  'A1.1': 'quantitative', 'A1.2': 'quantitative', 'A1.3': 'quantitative', 'A1.4': 'quantitative', 'A2.1': 'quantitative', 'A2.2': 'quantitative',
  'A2.5': 'quantitative', 'B1.1': 'quantitative', 'B1.2': 'quantitative', 'B2.1': 'quantitative', 'B2.2': 'quantitative', 'B3.1': 'quantitative',
  'B3.2': 'quantitative', 'B5.1': 'quantitative', 'B5.2': 'mixed', 'B6.1': 'quantitative', 'B6.2': 'mixed', 'B7.1': 'mixed', 'B8.2': 'quantitative',
};
const HKEX_DIMENSION = { A: 'environment', B: 'social' };

function hkexKpiDefs(ref, version) {
  const defs = [];
  const groups = [];
  for (const aspect of ref.aspects) {
    const removed2025 = !/^in_force/.test(aspect.status_2025);
    if (version === 2025 && removed2025) continue;
    const members = [];
    const aspectNew = version === 2020 && aspect.id === 'A4';
    defs.push(ordered({
      id: `HKEX ${aspect.id}`,
      code: aspect.id,
      title: aspect.title,
      titleZh: aspect.title_zh,
      group: aspect.id,
      level: 'comply-or-explain',
      kind: 'qualitative',
      omissionNotPermitted: false,
      ...(aspectNew ? { effective: HKEX_2020_NEW } : {}),
      supersededBy: version === 2020 && aspect.id === 'A4' ? partDIds() : [],
      confidence: 'secondary',
      note: `General Disclosure of Aspect ${aspect.id} (policies, and compliance with relevant laws and regulations that have a significant impact on the issuer). Title: the aspect name; titleZh: the aspect name in the official Traditional Chinese text (copy, secondary).` +
        (version === 2020 && aspect.id === 'A4' ? ' Aspect A4 is replaced by Part D of the 2025 Code (reference: "Aspect A4 replaced by Part D").' : ''),
      requirements: [],
    }, DISCLOSURE_KEYS));
    members.push(`HKEX ${aspect.id}`);
    for (const kpi of aspect.kpis) {
      const kpiRemoved = !/^in_force/.test(kpi.status_2025);
      if (version === 2025 && kpiRemoved) continue;
      const memory = kpi.title_en_confidence === 'memory';
      const notes = [];
      if (memory) notes.push('English title from memory (reference title_en_confidence: memory); the Traditional Chinese title is a copy of the official 2020 Guide wording (secondary).');
      else notes.push(`English title: ${kpi.title_en_confidence}. Traditional Chinese title: copy of the official 2020 Guide wording (secondary).`);
      let supersededBy = [];
      if (version === 2020 && kpi.id === 'A1.2') {
        supersededBy = ['HKEX D-28'];
        notes.push('Removed from Part C by the 2025 Code: Scope 1 and Scope 2 GHG emissions moved to Part D (mandatory for all issuers); the reference maps A1.2 to Part D paragraph 28 (GHG emissions, paragraphs 28-32). Whether the 2025 text marks A1.2 "[Repealed]" or deletes it is not verified.');
      }
      if (version === 2020 && kpi.id === 'A4.1') {
        supersededBy = partDIds();
        notes.push('Removed by the 2025 Code with Aspect A4, replaced by Part D (reference).');
      }
      defs.push(ordered({
        id: `HKEX ${kpi.id}`,
        code: kpi.id,
        title: kpi.title_en.replace(/\.$/, ''),
        titleZh: kpi.title_zh_hant.replace(/。$/, ''),
        group: aspect.id,
        level: 'comply-or-explain',
        kind: HKEX_KIND[kpi.id] ?? 'qualitative',
        omissionNotPermitted: false,
        ...(aspectNew ? { effective: HKEX_2020_NEW } : {}),
        supersededBy,
        ...(memory ? { flagged: true } : {}),
        confidence: 'secondary',
        note: notes.join(' '),
        requirements: [],
      }, DISCLOSURE_KEYS));
      members.push(`HKEX ${kpi.id}`);
    }
    groups.push(ordered({
      id: aspect.id,
      title: `Aspect ${aspect.id}: ${aspect.title}`,
      titleZh: aspect.title_zh,
      dimension: HKEX_DIMENSION[aspect.id[0]],
      level: 'comply-or-explain',
      members,
      note: `Part C "comply or explain": General Disclosure and KPIs of Aspect ${aspect.id}.`,
    }, GROUP_KEYS));
  }
  return { defs, groups };
}

function partDIds() {
  return Object.keys(HKEX_PART_D).map((n) => `HKEX D-${n}`);
}

function partBDefs(version) {
  return Object.entries(HKEX_PART_B).map(([n, [title, kind]]) => ordered({
    id: `HKEX B-${n}`,
    code: `B-${n}`,
    title,
    group: 'part-b',
    level: 'mandatory',
    kind,
    omissionNotPermitted: false,
    ...(version === 2020 ? { effective: HKEX_2020_NEW } : {}),
    supersededBy: [],
    confidence: 'secondary',
    note: `Part B mandatory disclosure requirement, paragraph ${n} (paragraph number: one source stating the 2025 numbering, secondary${version === 2020 ? '; the same numbering in the 2020 Guide: memory' : ''}). No official Chinese title in the reference.` +
      (PART_B_NOTES[n] ? ` ${PART_B_NOTES[n]}` : ''),
    requirements: [],
  }, DISCLOSURE_KEYS));
}

const PART_B_GROUP = (version) => ordered({
  id: 'part-b',
  title: 'Part B: Mandatory disclosure requirements',
  dimension: 'general',
  level: 'mandatory',
  members: Object.keys(HKEX_PART_B).map((n) => `HKEX B-${n}`),
  note: `Board statement (governance structure), reporting principles, reporting boundary.${version === 2020 ? ' Introduced by the December 2019 amendments (financial years from 2020-07-01, memory).' : ''}`,
}, GROUP_KEYS);

function buildHkex2020(ref) {
  const kpis = hkexKpiDefs(ref, 2020);
  return standard({
    id: HKEX_GUIDE_2020,
    framework: 'hkex',
    topic: 'HKEX ESG',
    series: 'code',
    titleZh: '環境、社會及管治報告指引',
    year: 2020,
    effective: {
      before: '2025-01-01',
      basis: 'reporting-period',
      note: 'Replaced by the ESG Reporting Code (Appendix C2, 2025) for financial years commencing on or after 2025-01-01 (reference, secondary). No start date: earlier versions of the Guide are not modelled; Part B and Aspect A4, added by the December 2019 amendments, carry their own window (from 2020-07-01, memory).',
    },
    supersedes: [],
    supersededBy: [HKEX_CODE_2025],
    source: 'hkex_c2.verified.json: aspects and KPI numbering with the Traditional Chinese wording of the 2020 Guide (copy of the official text, secondary); English KPI titles mostly memory (flagged); Part B paragraph numbers from the 2025 numbering (secondary); dates of the 2019 amendments: memory.',
    confidence: 'secondary',
    note: 'Appendix 27 (Main Board) / Appendix 20 (GEM) "Environmental, Social and Governance Reporting Guide", renumbered Appendix C2 on 2023-12-31 and renamed "Code" from 2025-01-01. Part C aspects A1-A4 and B1-B8 with their General Disclosures (ids `HKEX A1` ...) and KPIs, all "comply or explain"; Part B mandatory. titleZh: Traditional Chinese (the official Chinese of HKEX); the standard\'s own Chinese name is memory.',
    groups: [PART_B_GROUP(2020), ...kpis.groups],
    disclosures: [...partBDefs(2020), ...kpis.defs],
  });
}

function buildHkex2025(ref) {
  const ranges = ref.structure_2025['Part D'].paragraph_ranges;
  for (const [pillar, , range] of PART_D_PILLARS) {
    const refRange = ranges[pillar.replace(/-/g, '_')];
    if (refRange !== range) fail(`HKEX Part D ${pillar}: range ${range}, reference ${refRange}`);
  }
  for (const n of Object.keys(ref.structure_2025['Part B'].paragraphs)) if (!HKEX_PART_B[n]) fail(`HKEX Part B paragraph ${n} not modelled`);
  const kpis = hkexKpiDefs(ref, 2025);
  const partD = Object.entries(HKEX_PART_D).map(([n, [pillar, title, kind, doubt]]) => ordered({
    id: `HKEX D-${n}`,
    code: `D-${n}`,
    title,
    group: `part-d-${pillar}`,
    level: n === '28' ? 'mandatory' : n === '38' ? 'encouraged' : 'comply-or-explain',
    kind,
    omissionNotPermitted: false,
    supersededBy: [],
    ...(doubt || n === '28' || PART_D_ORDER_DOUBTFUL.has(n) ? { flagged: true } : {}),
    confidence: 'secondary',
    note: [
      `Part D paragraph ${n} (paragraph numbers: one public source stating the 2025 numbering, secondary; title paraphrased). No official Chinese title in the reference.`,
      doubt,
      n === '28' ? PART_D_28_DOUBT : PART_D_ORDER_DOUBTFUL.has(n) ? PART_D_ORDER_DOUBT : undefined,
      n === '28' ? 'Level: Scope 1 and Scope 2 are mandatory for all issuers from FY2025; Scope 3 is comply-or-explain for Main Board issuers (LargeCap: mandatory from FY2026, with reliefs).'
        : n === '38' ? 'Level: industry-based metrics are encouraged (reference).'
        : 'Level: comply-or-explain for Main Board issuers from FY2025; mandatory for LargeCap issuers from FY2026; voluntary for GEM issuers (memory).',
    ].filter(Boolean).join(' '),
    requirements: [],
  }, DISCLOSURE_KEYS));
  const partDGroups = PART_D_PILLARS.map(([pillar, title, range]) => ordered({
    id: `part-d-${pillar}`,
    title,
    dimension: 'climate',
    ...(pillar === 'metrics-and-targets' ? {} : { level: 'comply-or-explain' }),
    members: partD.filter((d) => d.group === `part-d-${pillar}`).map((d) => d.id),
    note: `Part D climate-related disclosures (aligned with IFRS S2), paragraphs ${range} (reference paragraph_ranges, secondary).${pillar === 'metrics-and-targets' ? ` Level per paragraph: D-28 mandatory (Scope 1 and 2), D-38 encouraged, the rest comply-or-explain. ${PART_D_ORDER_DOUBT} A remuneration paragraph (IFRS S2 29(g)) is not in the catalog for that reason.` : ''}`,
  }, GROUP_KEYS));
  return standard({
    id: HKEX_CODE_2025,
    framework: 'hkex',
    topic: 'HKEX ESG',
    series: 'code',
    titleZh: '環境、社會及管治報告守則',
    year: 2025,
    effective: {
      from: '2025-01-01',
      basis: 'reporting-period',
      earlyAdoption: true,
      issued: '2024-04-19',
      note: 'Financial years commencing on or after 2025-01-01 (reference, secondary); consultation conclusions published 2024-04-19 (reference). Early adoption: memory (voluntary application to earlier years is read as early adoption, not as an error).',
    },
    supersedes: [HKEX_GUIDE_2020],
    supersededBy: [],
    source: 'hkex_c2.verified.json: Part B paragraphs 13-15, Part C aspects and KPIs in force in 2025 (one public source plus consultation-conclusion summaries, secondary), Traditional Chinese KPI wording of the 2020 Guide carried into Appendix C2 (secondary), Part D paragraph ranges and phase-in (secondary; paragraph numbers from a single source). The official Appendix C2 text was not available to the reference.',
    confidence: 'secondary',
    note: `Appendix C2 "Environmental, Social and Governance Reporting Code" (Main Board and GEM). Part B mandatory; Part C "comply or explain" without KPI A1.2 (moved to Part D) and without Aspect A4 (replaced by Part D); Part D climate-related disclosures. ${PHASE_IN_NOTE} Verify Part D paragraph numbers against https://en-rules.hkex.com.hk/rulebook/appendix-c2-environmental-social-and-governance-reporting-code-0 . The standard's own Chinese name is memory.`,
    groups: [PART_B_GROUP(2025), ...kpis.groups, ...partDGroups],
    disclosures: [...partBDefs(2025), ...kpis.defs, ...partD],
  });
}

// ===================================================================================================
// TCFD (2017) and IFRS S2 (2023)
// ===================================================================================================

const TCFD_ID = 'TCFD Recommendations 2017';
const IFRS_S2_ID = 'IFRS S2 Climate-related Disclosures 2023';
const IFRS_S2_AMENDED_ID = 'IFRS S2 Climate-related Disclosures (amended December 2025)';
const IFRS_S1_ID = 'IFRS S1 General Requirements for Disclosure of Sustainability-related Financial Information 2023';
const TCFD_PILLAR = {
  governance: ['Governance', 'governance'],
  strategy: ['Strategy', 'strategy'],
  risk_management: ['Risk management', 'risk-management'],
  metrics_targets: ['Metrics and targets', 'metrics-and-targets'],
};
const TCFD_KIND = { 'MT-a': 'mixed', 'MT-b': 'quantitative', 'MT-c': 'mixed' };

function buildTcfd(ref) {
  const tcfd = ref.tcfd;
  const disclosures = tcfd.recommended_disclosures.map((r) => {
    const [pillarName, group] = TCFD_PILLAR[r.pillar];
    const letter = r.id.split('-')[1];
    return ordered({
      id: `TCFD ${pillarName} ${letter}`,
      code: `${pillarName} ${letter}`,
      title: r.title.replace(/\.$/, ''),
      group,
      kind: TCFD_KIND[r.id] ?? 'qualitative',
      omissionNotPermitted: false,
      supersededBy: [],
      confidence: r.confidence === 'secondary' ? 'secondary' : fail(`TCFD ${r.id}: confidence ${r.confidence}`),
      note: 'Wording of the recommended disclosure as quoted by several independent copies (secondary; fsb-tcfd.org not in the reference corpora).',
      requirements: [],
    }, DISCLOSURE_KEYS);
  });
  if (disclosures.length !== 11) fail(`TCFD: ${disclosures.length} recommended disclosures, expected 11`);
  const groups = tcfd.pillars.map((p) => ordered({
    id: TCFD_PILLAR[p.id][1],
    title: TCFD_PILLAR[p.id][0],
    dimension: 'climate',
    members: disclosures.filter((d) => d.group === TCFD_PILLAR[p.id][1]).map((d) => d.id),
    note: `Recommendation: ${p.recommendation}`,
  }, GROUP_KEYS));
  return standard({
    id: TCFD_ID,
    framework: 'tcfd',
    topic: 'TCFD',
    series: 'framework',
    year: 2017,
    effective: {
      basis: 'publication',
      note: 'Published June 2017 (reference); voluntary framework with no effective date. The Task Force disbanded in October 2023 and IFRS S2 incorporates its recommendations (secondary), but reports and some regulators still cite TCFD, so no end date is set.',
    },
    supersedes: [],
    supersededBy: [],
    source: 'tcfd_issb.verified.json (the 4 pillars and 11 recommended disclosures; wording corroborated by several public copies, secondary).',
    confidence: 'secondary',
    note: 'Ids: `TCFD <Pillar> <letter>` (`TCFD Governance a` ... `TCFD Metrics and targets c`).',
    groups,
    disclosures,
  });
}

/** The reference gives 18-21 as one block; each paragraph's own subject is from the S2 text (memory, high), not the reference. */
const S2_18_21_NOTE = 'The reference gives paragraphs 18-21 together (financial effects: reasonable and supportable information and when quantitative information need not be provided); this paragraph\'s own title: memory of the S2 text, to be checked.';

/** IFRS S2 paragraphs at the reference's granularity: [code, group, title, kind, note]. Titles are paraphrases. */
const S2_PARAGRAPHS = [
  ['5', 'governance', 'Governance: objective', 'qualitative', 'Objective paragraph.'],
  ['6(a)', 'governance', 'Governance body(s) or individual(s) responsible for oversight of climate-related risks and opportunities', 'qualitative', 'Items (i)-(v): terms of reference, skills and competencies, how and how often informed, consideration in strategy and major transactions, oversight of targets (incl. remuneration, 29(g)).'],
  ['6(b)', 'governance', "Management's role in the governance processes, controls and procedures", 'qualitative'],
  ['7', 'governance', 'Avoiding unnecessary duplication (integrated governance disclosures)', 'qualitative'],
  ['8', 'strategy', 'Strategy: objective', 'qualitative', 'Objective paragraph.'],
  ['9', 'strategy', 'Strategy: information to be disclosed (overview)', 'qualitative'],
  ['10', 'strategy', 'Climate-related risks and opportunities: physical or transition, time horizons and their definitions', 'qualitative'],
  ['11', 'strategy', 'Using reasonable and supportable information to identify climate-related risks and opportunities', 'qualitative'],
  ['12', 'strategy', 'Considering the industry-based disclosure topics', 'qualitative'],
  ['13', 'strategy', 'Business model and value chain', 'qualitative'],
  ['14(a)', 'strategy', 'Strategy and decision-making: responses, including the climate-related transition plan', 'qualitative', 'Items (i)-(v), (iv) being the climate-related transition plan.'],
  ['14(b)', 'strategy', 'Strategy and decision-making: resourcing of the activities in 14(a)', 'qualitative'],
  ['14(c)', 'strategy', 'Strategy and decision-making: progress on plans disclosed in prior periods', 'mixed'],
  ['15', 'strategy', 'Financial position, financial performance and cash flows: objective', 'qualitative'],
  ['16', 'strategy', 'Current and anticipated financial effects', 'mixed'],
  ['17', 'strategy', 'Financial effects: a single amount or a range', 'quantitative'],
  ['18', 'strategy', 'Financial effects: use all reasonable and supportable information, with an approach commensurate with the skills, capabilities and resources available', 'qualitative', S2_18_21_NOTE],
  ['19', 'strategy', 'Financial effects: when quantitative information need not be provided (effects not separately identifiable, or measurement uncertainty too high)', 'qualitative', S2_18_21_NOTE],
  ['20', 'strategy', 'Anticipated financial effects: no quantitative information without the skills, capabilities or resources to provide it', 'qualitative', S2_18_21_NOTE],
  ['21', 'strategy', 'Financial effects not quantified: why, qualitative information, and the combined effect with other risks and opportunities', 'qualitative', S2_18_21_NOTE],
  ['22', 'strategy', 'Climate resilience (climate-related scenario analysis)', 'mixed', 'Application guidance B1-B18.'],
  ['23', 'strategy', 'Cross-reference to the metrics and targets', 'qualitative'],
  ['24', 'risk-management', 'Risk management: objective', 'qualitative', 'Objective paragraph.'],
  ['25(a)', 'risk-management', 'Processes and policies to identify, assess, prioritise and monitor climate-related risks', 'qualitative'],
  ['25(b)', 'risk-management', 'Processes to identify, assess, prioritise and monitor climate-related opportunities', 'qualitative'],
  ['25(c)', 'risk-management', 'Integration into the overall risk management process', 'qualitative'],
  ['26', 'risk-management', 'Avoiding unnecessary duplication (integrated risk management disclosures)', 'qualitative'],
  ['27', 'metrics-and-targets', 'Metrics and targets: objective', 'qualitative', 'Objective paragraph.'],
  ['28', 'metrics-and-targets', 'Metrics and targets: information to be disclosed (overview)', 'qualitative'],
  ['29(a)', 'metrics-and-targets', 'Greenhouse gas emissions', 'mixed', 'Parent of 29(a)(i)-(vi); cite either.'],
  ['29(a)(i)', 'metrics-and-targets', 'Absolute gross Scope 1, Scope 2 and Scope 3 greenhouse gas emissions (tCO2e)', 'quantitative'],
  ['29(a)(ii)', 'metrics-and-targets', 'Measurement in accordance with the GHG Protocol Corporate Standard (2004)', 'qualitative', 'Unless a jurisdictional authority or exchange requires another method.'],
  ['29(a)(iii)', 'metrics-and-targets', 'Measurement approach, inputs and assumptions', 'qualitative'],
  ['29(a)(iv)', 'metrics-and-targets', 'Scope 1 and Scope 2 disaggregated between the consolidated accounting group and other investees', 'quantitative'],
  ['29(a)(v)', 'metrics-and-targets', 'Location-based Scope 2 emissions and contractual instruments', 'mixed'],
  ['29(a)(vi)', 'metrics-and-targets', 'Scope 3 categories included (and financed emissions)', 'mixed', 'Scope 3 is not required in the first annual reporting period (C4(b)).'],
  ['29(b)', 'metrics-and-targets', 'Assets or business activities vulnerable to climate-related transition risks', 'quantitative'],
  ['29(c)', 'metrics-and-targets', 'Assets or business activities vulnerable to climate-related physical risks', 'quantitative'],
  ['29(d)', 'metrics-and-targets', 'Assets or business activities aligned with climate-related opportunities', 'quantitative'],
  ['29(e)', 'metrics-and-targets', 'Capital deployment towards climate-related risks and opportunities', 'quantitative'],
  ['29(f)', 'metrics-and-targets', 'Internal carbon prices', 'mixed'],
  ['29(g)', 'metrics-and-targets', 'Remuneration linked to climate-related considerations', 'mixed'],
  ['30', 'metrics-and-targets', 'Cross-industry metrics: reasonable and supportable information (paragraphs 30-31)', 'qualitative', 'The reference gives paragraphs 30-31 together.'],
  ['31', 'metrics-and-targets', 'Cross-industry metrics: reasonable and supportable information (paragraphs 30-31)', 'qualitative', 'The reference gives paragraphs 30-31 together.'],
  ['32', 'metrics-and-targets', 'Industry-based metrics', 'mixed'],
  ['33', 'metrics-and-targets', 'Climate-related targets and their characteristics', 'mixed', 'Items (a)-(h).'],
  ['34', 'metrics-and-targets', 'Setting and reviewing targets, third-party validation', 'qualitative'],
  ['35', 'metrics-and-targets', 'Performance against targets and trends', 'mixed'],
  ['36', 'metrics-and-targets', 'Greenhouse gas emissions targets: gases, scopes, gross or net, sectoral decarbonisation approach, carbon credits', 'mixed'],
  ['37', 'metrics-and-targets', 'Metrics used to set targets and monitor progress', 'qualitative'],
];
const S2_GROUPS = [
  ['governance', 'Governance', '5-7'],
  ['strategy', 'Strategy', '8-23'],
  ['risk-management', 'Risk management', '24-26'],
  ['metrics-and-targets', 'Metrics and targets', '27-37'],
];

function buildIfrsS2(ref) {
  const s2 = ref.ifrs_s2;
  for (const [key, , range] of S2_GROUPS) {
    const refKey = key.replace(/-/g, '_');
    if (s2[refKey]?.paras !== range) fail(`IFRS S2 ${key}: range ${range}, reference ${s2[refKey]?.paras}`);
  }
  const disclosures = S2_PARAGRAPHS.map(([code, group, title, kind, note]) => ordered({
    id: `IFRS S2 ${code}`,
    code,
    title,
    group,
    kind,
    omissionNotPermitted: false,
    supersededBy: [],
    confidence: 'official',
    note: ['Paragraph structure verified against a copy of the official text (reference); title paraphrased.', note].filter(Boolean).join(' '),
    requirements: [],
  }, DISCLOSURE_KEYS));
  const groups = S2_GROUPS.map(([id, title, range]) => ordered({
    id,
    title,
    dimension: 'climate',
    members: disclosures.filter((d) => d.group === id).map((d) => d.id),
    note: `Paragraphs ${range} (reference).`,
  }, GROUP_KEYS));
  if (!/2024-01-01/.test(s2.effective_date.text)) fail('IFRS S2 effective date changed in the reference');
  return standard({
    id: IFRS_S2_ID,
    framework: 'ifrs-s2',
    topic: 'IFRS S2',
    series: 'framework',
    year: 2023,
    effective: {
      from: '2024-01-01',
      before: S2_AMENDED_EFFECTIVE.from,
      basis: 'reporting-period',
      earlyAdoption: true,
      issued: '2023-06-01',
      note: `Annual reporting periods beginning on or after 2024-01-01; earlier application permitted together with IFRS S1 (C1, reference: official). Whether a company must apply it depends on its jurisdiction. Transition reliefs C3-C5 (no comparatives, non-GHG-Protocol methods and no Scope 3 in the first year). Replaced for periods beginning on or after ${S2_AMENDED_EFFECTIVE.from} by the December 2025 "Amendments to Greenhouse Gas Emissions Disclosures" (${IFRS_S2_AMENDED_ID}, secondary).`,
    },
    supersedes: [],
    supersededBy: [IFRS_S2_AMENDED_ID],
    source: 'tcfd_issb.verified.json: IFRS S2 paragraph structure verified against a full-text copy of IFRS S2 (June 2023); titles are paraphrases of the reference\'s summaries.',
    confidence: 'official',
    note: 'Objective and scope paragraphs 1-4 and the appendices are not modelled. Ids: `IFRS S2 29(a)(i)`; 29(a) is both a disclosure and the parent of 29(a)(i)-(vi).',
    groups,
    disclosures,
  });
}

/** IFRS S2 as amended in December 2025: the 2023 paragraphs (notes of the amended ones extended) plus 29A-29C. */
function buildIfrsS2Amended(original) {
  const added = S2_AMENDED_PARAGRAPHS.map(([code, group, title, kind, note]) => ordered({
    id: `IFRS S2 ${code}`, code, title, group, kind, omissionNotPermitted: false, supersededBy: [], confidence: 'secondary', note, requirements: [],
  }, DISCLOSURE_KEYS));
  const disclosures = [];
  for (const d of original.disclosures) {
    const extra = S2_AMENDED_NOTES[d.code];
    disclosures.push(extra ? { ...d, note: `${d.note} ${extra}` } : d);
    // The new paragraphs follow 29(g), the last of paragraph 29.
    if (d.code === '29(g)') disclosures.push(...added);
  }
  for (const code of Object.keys(S2_AMENDED_NOTES)) if (!original.disclosures.some((d) => d.code === code)) fail(`S2_AMENDED_NOTES: no paragraph ${code}`);
  const groups = original.groups.map((g) => g.id === 'metrics-and-targets'
    ? { ...g, members: disclosures.filter((d) => d.group === g.id).map((d) => d.id), note: `${g.note} 29A-29C added by the December 2025 amendments.` } : g);
  return standard({
    id: IFRS_S2_AMENDED_ID,
    framework: 'ifrs-s2',
    topic: 'IFRS S2',
    series: 'framework',
    year: 2025,
    effective: S2_AMENDED_EFFECTIVE,
    supersedes: [IFRS_S2_ID],
    supersededBy: [],
    source: `${original.source} Amendments: ${IFRS_SOURCES.s2Amend}.`,
    confidence: 'secondary',
    note: `${original.note} Amendments to Greenhouse Gas Emissions Disclosures (December 2025): Scope 3 Category 15 may be limited to financed emissions (29A-29C), reliefs for the measurement method and global warming potential values required by a jurisdiction, industry classification other than GICS for financed emissions. The amendment text itself was not read: secondary sources only.`,
    groups,
    disclosures,
  });
}

/** IFRS S1 (June 2023): the paragraphs of S1_PARAGRAPHS, grouped by the Standard's sections. */
function buildIfrsS1() {
  const disclosures = S1_PARAGRAPHS.map(([code, group, title, kind, note]) => ordered({
    id: `IFRS S1 ${code}`, code, title, group, kind, omissionNotPermitted: false, supersededBy: [], confidence: 'secondary',
    note: ['Number and subject checked against a copy of the text (secondary); the title is a paraphrase (the Standard has section headings, not paragraph titles).', note].filter(Boolean).join(' '),
    requirements: [],
  }, DISCLOSURE_KEYS));
  const groups = S1_GROUPS.map(([id, title, range, titleZh]) => ordered({
    id,
    title,
    titleZh,
    dimension: 'general',
    members: disclosures.filter((d) => d.group === id).map((d) => d.id),
    note: `Paragraphs ${range} (official contents page). Chinese title: unofficial translation.`,
  }, GROUP_KEYS));
  for (const d of disclosures) if (!S1_GROUPS.some(([id]) => id === d.group)) fail(`IFRS S1 ${d.code}: unknown group ${d.group}`);
  return standard({
    id: IFRS_S1_ID,
    framework: 'ifrs-s1',
    topic: 'IFRS S1',
    series: 'framework',
    year: 2023,
    effective: S1_EFFECTIVE,
    supersedes: [],
    supersededBy: [],
    source: `${IFRS_SOURCES.s1Toc}; ${IFRS_SOURCES.s1Text}; ${IFRS_SOURCES.s1Dates}; ${IFRS_SOURCES.s1Metrics}. Paragraph titles: our paraphrases.`,
    confidence: 'secondary',
    note: 'General requirements. Section structure official (contents page); every paragraph 10-86 checked against a copy of the text (secondary, issue 17); titles are paraphrases. Paragraphs 1-9 (objective, scope) and the appendices are not modelled. Ids: `IFRS S1 27(a)`. Levels: S1 says "shall" throughout; whether an entity must apply it is up to its jurisdiction.',
    groups,
    disclosures,
  });
}

// ===================================================================================================
// Crosswalk: climate
// ===================================================================================================

const CN = ['SZSE', 'SSE', 'BSE'];
const SRC = {
  tcfdS2: 'tcfd_issb.verified.json (TCFD -> IFRS S2 paragraphs, derived from the S2 text by the reference author; IFRS states S2 incorporates the TCFD recommendations)',
  szseNote: 'tcfd_issb.verified.json szse_note (Art. 22 ~ S2 22, Art. 23 ~ S2 14, Arts. 24-26 ~ S2 29(a), Art. 27 ~ S2 33-36) and the official guideline text',
  cnText: 'official guideline texts (szse_no17_2024_text.txt, sse_no14_2024_text.txt, bse_no11_2024_text.txt), compared article by article',
  hkexD: 'hkex_c2.verified.json (Part D pillars and paragraph labels, secondary, single source) with the IFRS S2 structure of tcfd_issb.verified.json',
  expert: 'expert mapping of the requirement texts as summarised in the reference files',
  gri: 'GRI 305: Emissions 2016 / GRI 102: Climate Change 2025 titles (standards/gri) against the other requirement texts',
  sasb: 'standards/sasb titles and units against GRI 305-1',
};

/**
 * SASB metrics to link to GRI 305-1. Every metric titled exactly "Gross global Scope 1 emissions" in t CO2-e is
 * `equivalent` (found in the SASB catalog, not listed: there are nine, SASB_SCOPE1_EXACT checks the count); the
 * ones below add percentages and are `partial`.
 */
const SASB_SCOPE1_EXACT = 9;
const SASB_SCOPE1 = {
  'SASB EM-CO-110a.1': 'partial',
  'SASB EM-EP-110a.1': 'partial',
  'SASB IF-EU-110a.1': 'partial',
};

/**
 * Links of the reference's TCFD -> S2 mapping that are weak: kept (`partial` is the weakest type) with confidence
 * `memory` and a note that says what they do not share.
 */
const WEAK_TCFD_S2 = {
  'Risk management a|25(b)': 'Weak: TCFD Risk management (a) asks the processes for identifying and assessing climate-related risks; IFRS S2 25(b) is about climate-related opportunities, which TCFD does not ask under risk management. A pointer, not coverage (reference mapping RM-a -> 25(b)).',
};

function crosswalkLinks(sasbTitles) {
  const links = [];
  const link = (from, to, type, source, confidence, note) => links.push(ordered({ from, to, type, source, confidence, note }, ['from', 'to', 'type', 'source', 'confidence', 'note']));
  const partial = (from, to, source, note, confidence = 'memory') => link(from, to, 'partial', source, confidence, note);
  const cn = (n) => CN.map((p) => `${p} ${n}`);

  // 1. The three exchanges: the same article text (materiality, comply or explain, core elements, and the
  //    articles of the 21 topics, whose numbers the three annexes share), so a dual filer's tags count for both.
  const topicArticles = [30, 31, 32, 33, 35, 36, 37, 39, 40, 42, 43, 45, 46, 47, 48, 50, 52, 53, 55, 56];
  for (const n of [5, 7, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 24, 25, 26, 27, 28, ...topicArticles]) {
    for (const other of ['SSE', 'BSE']) {
      const diff = EXCHANGE_DIFFERENCES[other.toLowerCase()][n];
      if (REQUIREMENT_DIFFERS[other.toLowerCase()].includes(n)) link(`SZSE ${n}`, `${other} ${n}`, 'partial', SRC.cnText, 'official', `Requirement differs: ${diff}`);
      else link(`SZSE ${n}`, `${other} ${n}`, 'equivalent', SRC.cnText, 'official',
        diff ? `Wording differs, requirement the same: ${diff}` : 'Identical article text.');
    }
  }

  // 2. GHG emissions by scope.
  const scopes = [
    { gri: ['GRI 305-1', 'GRI 102-5'], scope: 'Scope 1', s2: ['29(a)(i)'], a12: true },
    { gri: ['GRI 305-2', 'GRI 102-6'], scope: 'Scope 2', s2: ['29(a)(i)', '29(a)(v)'], a12: true },
    { gri: ['GRI 305-3', 'GRI 102-7'], scope: 'Scope 3', s2: ['29(a)(i)', '29(a)(vi)'], a12: false },
  ];
  for (const { gri, scope, s2, a12 } of scopes) {
    for (const g of gri) {
      const v2025 = g.startsWith('GRI 102') ? ' (GRI 102: Climate Change 2025; its titles are secondary)' : '';
      for (const p of s2) {
        partial(g, `IFRS S2 ${p}`, SRC.gri, p === '29(a)(i)'
          ? `IFRS S2 29(a)(i) asks Scope 1, 2 and 3 gross emissions together; ${g}${v2025} is ${scope} alone, with its own items (gases, base year, consolidation approach).`
          : p === '29(a)(v)' ? `Location-based Scope 2 (IFRS S2) vs. ${g}${v2025}, which also asks market-based Scope 2 where applicable.`
          : `Scope 3 categories (IFRS S2) vs. ${g}${v2025}.`);
      }
      partial(g, 'TCFD Metrics and targets b', SRC.gri, `TCFD asks Scope 1, Scope 2 and, if appropriate, Scope 3 and the related risks; ${g} is ${scope} alone.`);
      for (const c of cn(24)) {
        partial(g, c, SRC.gri, scope === 'Scope 3'
          ? `${c.split(' ')[0]} Art. 24 only encourages Scope 3 (Scope 1 and 2 mandatory) and also asks total emissions, carbon credits and emissions trading.`
          : `${c.split(' ')[0]} Art. 24 asks total GHG, Scope 1 and Scope 2 in tCO2e (Scope 3 encouraged), carbon credits and emissions trading; ${g} is ${scope} alone.`);
      }
      partial(g, 'HKEX D-28', SRC.gri, `HKEX Part D GHG emissions (paragraph 28 per the reference; paragraphs 28-32 cover Scope 1, 2, 3 and the measurement approach, single source); ${g} is ${scope} alone.${scope === 'Scope 3' ? ' Which paragraph carries Scope 3 is not verified.' : ''}`);
      if (a12) partial(g, 'HKEX A1.2', SRC.gri, `HKEX KPI A1.2 (2020 Guide, financial years before 2025) asks Scope 1 and Scope 2 together, in tonnes, with intensity; ${g} is ${scope} alone.`);
    }
  }
  partial('IFRS S2 29(a)', 'TCFD Metrics and targets b', SRC.tcfdS2, 'IFRS S2 29(a) also prescribes the GHG Protocol, the measurement approach and Scope 3 categories; TCFD adds "the related risks".');
  partial('IFRS S2 29(a)(i)', 'TCFD Metrics and targets b', SRC.tcfdS2, 'S2 requires Scope 3; TCFD asks it "if appropriate".');
  for (const c of cn(24)) {
    partial(c, 'IFRS S2 29(a)(i)', SRC.szseNote, 'Both ask gross emissions in tCO2e by scope; the guideline only encourages Scope 3 and adds total emissions, carbon credits and emissions-trading compliance.');
    partial(c, 'TCFD Metrics and targets b', SRC.expert, 'Both ask Scope 1 and 2 and treat Scope 3 as optional; the guideline adds total emissions, carbon credits and emissions trading, TCFD the related risks.');
    partial(c, 'HKEX D-28', SRC.hkexD, 'Scope 1 and Scope 2 mandatory in both; HKEX paragraph content from a single secondary source.');
    partial(c, 'HKEX A1.2', SRC.expert, 'HKEX A1.2 (2020 Guide): Scope 1 and 2 in tonnes with intensity; the guideline asks total, Scope 1 and Scope 2 in tCO2e and more.');
  }
  for (const c of cn(25)) partial(c, 'IFRS S2 29(a)', SRC.szseNote, 'Breakdown by unit/facility, country/region and source type (encouraged); S2 29(a)(iv) only disaggregates Scope 1 and 2 between the consolidated group and other investees.');
  for (const c of cn(26)) {
    partial(c, 'IFRS S2 29(a)(ii)', SRC.szseNote, 'The guideline asks which standard was used; S2 prescribes the GHG Protocol unless a jurisdiction or exchange requires otherwise.');
    partial(c, 'IFRS S2 29(a)(iii)', SRC.szseNote, 'Methods, assumptions and calculation tools; the guideline also asks the consolidation approach (equity share, financial or operational control) and changes in methods.');
  }
  partial('IFRS S2 29(a)(i)', 'HKEX D-28', SRC.hkexD, 'Part D follows IFRS S2; paragraph 28 per the reference (single source), wording not verified.');
  partial('IFRS S2 29(a)(i)', 'HKEX A1.2', SRC.expert, 'HKEX A1.2 (2020 Guide): Scope 1 and 2 only, in tonnes, with intensity.');
  partial('TCFD Metrics and targets b', 'HKEX D-28', SRC.hkexD, 'Part D GHG emissions (single source for the paragraph number).');
  partial('TCFD Metrics and targets b', 'HKEX A1.2', SRC.expert, 'HKEX A1.2 (2020 Guide): Scope 1 and 2 only, with intensity; TCFD adds Scope 3 if appropriate and the related risks.');
  const exactScope1 = [...sasbTitles].filter(([, { title, unit }]) => title === 'Gross global Scope 1 emissions' && /^Metric tonnes \(t\) CO₂-e$/.test(unit ?? ''))
    .map(([code]) => code).sort();
  if (sasbTitles.size > 0 && exactScope1.length !== SASB_SCOPE1_EXACT) fail(`SASB: ${exactScope1.length} metrics read "Gross global Scope 1 emissions", expected ${SASB_SCOPE1_EXACT}`);
  const scope1Links = { ...Object.fromEntries(exactScope1.map((code) => [code, 'equivalent'])), ...SASB_SCOPE1 };
  for (const [code, type] of Object.entries(scope1Links)) {
    if (!sasbTitles.has(code)) {
      warn(`crosswalk: ${code} not in the SASB catalog (standards/sasb): link left out`);
      continue;
    }
    const { title, unit } = sasbTitles.get(code);
    if (type === 'equivalent' && (title !== 'Gross global Scope 1 emissions' || !/^Metric tonnes \(t\) CO₂-e$/.test(unit ?? ''))) {
      fail(`${code}: "${title}" (${unit}) is not Scope 1 gross emissions alone`);
    }
    link('GRI 305-1', code, type, SRC.sasb, 'secondary', type === 'equivalent'
      ? `Both: gross Scope 1 emissions in t CO2-e ("${title}"). The SASB metric is industry-specific.`
      : `SASB adds percentages to Scope 1 gross emissions: "${title}".`);
    if (type === 'equivalent') partial(code, 'IFRS S2 29(a)(i)', SRC.sasb, 'IFRS S2 29(a)(i) asks Scope 1, 2 and 3 together; the SASB metric is Scope 1 alone.', 'secondary');
  }

  // 3. TCFD recommended disclosures <-> IFRS S2 (the reference's derived mapping).
  const tcfdS2 = {
    'Governance a': ['6(a)'],
    'Governance b': ['6(b)'],
    'Strategy a': ['10'],
    'Strategy b': ['13', '14(a)', '16'],
    'Strategy c': ['22'],
    'Risk management a': ['25(a)', '25(b)'],
    'Risk management b': ['25(a)'],
    'Risk management c': ['25(c)'],
    'Metrics and targets a': ['29(b)', '29(c)', '29(d)', '29(e)', '29(f)', '29(g)', '32'],
    'Metrics and targets c': ['33', '34', '35', '36', '37'],
  };
  const tcfdRef = { 'Governance a': 'GOV-a', 'Governance b': 'GOV-b', 'Strategy a': 'STR-a', 'Strategy b': 'STR-b', 'Strategy c': 'STR-c', 'Risk management a': 'RM-a',
    'Risk management b': 'RM-b', 'Risk management c': 'RM-c', 'Metrics and targets a': 'MT-a', 'Metrics and targets b': 'MT-b', 'Metrics and targets c': 'MT-c' };
  for (const [t, paras] of Object.entries(tcfdS2)) {
    for (const p of paras) {
      if (WEAK_TCFD_S2[`${t}|${p}`]) partial(`TCFD ${t}`, `IFRS S2 ${p}`, SRC.tcfdS2, WEAK_TCFD_S2[`${t}|${p}`], 'memory');
      else partial(`TCFD ${t}`, `IFRS S2 ${p}`, SRC.tcfdS2, `IFRS S2 asks more specific items than the TCFD recommended disclosure (reference mapping ${tcfdRef[t]} -> ${p}).`);
    }
  }

  // 4. Four core elements of the Chinese guidelines (and the climate section) <-> TCFD, IFRS S2, HKEX Part D.
  const core = {
    12: { tcfd: ['Governance a', 'Governance b'], s2: ['6(a)', '6(b)'], hkex: ['D-19', 'D-20'], why: 'Governance of sustainability-related impacts, risks and opportunities (all material topics), not climate alone.' },
    14: { tcfd: ['Strategy a'], s2: ['10'], hkex: ['D-21'], why: 'Risks and opportunities with time horizons; the guideline adds material impacts (para 3) and covers every topic.' },
    15: { tcfd: ['Strategy b'], s2: ['14(a)'], hkex: ['D-23'], why: 'Effects on strategy and decision-making, plans and progress.' },
    16: { tcfd: ['Strategy b'], s2: ['16'], hkex: ['D-24'], why: 'Financial effects: current period and next year required, longer horizons encouraged.' },
    17: { tcfd: ['Strategy c'], s2: ['22'], hkex: ['D-25'], why: 'Resilience assessment, encouraged in the guideline.' },
    18: { tcfd: ['Risk management a', 'Risk management b', 'Risk management c'], s2: ['25(a)', '25(b)', '25(c)'], hkex: ['D-27'], why: 'Processes to identify, assess, prioritise and monitor impacts, risks and opportunities, and their integration.' },
    19: { tcfd: ['Metrics and targets a', 'Metrics and targets c'], s2: ['33', '35'], hkex: ['D-33'], why: 'Targets and indicators, achievement and progress.' },
    22: { tcfd: ['Strategy c'], s2: ['22'], hkex: ['D-25'], why: 'Climate resilience (适应性) assessment; scenario analysis encouraged in the guideline.' },
    23: { tcfd: ['Strategy b'], s2: ['14(a)'], hkex: ['D-23'], why: 'Transition plan, its assumptions, resources and progress.' },
    27: { tcfd: ['Metrics and targets c'], s2: ['33', '34', '35', '36'], hkex: ['D-33'], why: 'Reduction targets and measures, reductions achieved, CCER.' },
  };
  for (const [n, m] of Object.entries(core)) {
    const szseNoted = ['22', '23', '27'].includes(n);
    for (const c of cn(n)) {
      for (const t of m.tcfd) partial(c, `TCFD ${t}`, SRC.expert, m.why);
      for (const p of m.s2) partial(c, `IFRS S2 ${p}`, szseNoted ? SRC.szseNote : SRC.expert, m.why);
      for (const h of m.hkex) partial(c, `HKEX ${h}`, SRC.hkexD, `${m.why} HKEX paragraph number from a single secondary source.`);
    }
  }

  // 5. HKEX Part D <-> TCFD and IFRS S2.
  const partD = {
    'D-19': { tcfd: ['Governance a'], s2: ['6(a)'] },
    'D-20': { tcfd: ['Governance b'], s2: ['6(b)'] },
    'D-21': { tcfd: ['Strategy a'], s2: ['10'] },
    'D-22': { tcfd: ['Strategy b'], s2: ['13'] },
    'D-23': { tcfd: ['Strategy b'], s2: ['14(a)'] },
    'D-24': { tcfd: ['Strategy b'], s2: ['16'] },
    'D-25': { tcfd: ['Strategy c'], s2: ['22'] },
    'D-26': { tcfd: ['Strategy c'], s2: ['22'] },
    'D-27': { tcfd: ['Risk management a', 'Risk management b', 'Risk management c'], s2: ['25(a)', '25(b)', '25(c)'] },
    'D-28': { tcfd: [], s2: [] }, // linked above with the GHG emissions
    'D-33': { tcfd: ['Metrics and targets c'], s2: ['33'] },
    'D-36': { tcfd: ['Metrics and targets a'], s2: [] },
    'D-37': { tcfd: ['Metrics and targets a'], s2: [] },
    'D-38': { tcfd: ['Metrics and targets a'], s2: ['32'] },
  };
  for (const [d, m] of Object.entries(partD)) {
    const doubt = HKEX_PART_D[d.slice(2)][3];
    const note = `Part D follows IFRS S2; paragraph number and content from a single secondary source (reference: "${HKEX_PART_D[d.slice(2)][1]}").${doubt ? ` ${doubt}` : ''}`;
    for (const t of m.tcfd) partial(`HKEX ${d}`, `TCFD ${t}`, SRC.hkexD, note);
    for (const p of m.s2) partial(`HKEX ${d}`, `IFRS S2 ${p}`, SRC.hkexD, note);
  }
  partial('HKEX A4.1', 'TCFD Strategy a', SRC.expert, 'HKEX KPI A4.1 (2020 Guide): significant climate-related issues and the actions taken.');
  partial('HKEX A4.1', 'IFRS S2 10', SRC.expert, 'HKEX KPI A4.1 (2020 Guide): significant climate-related issues and the actions taken.');

  // One link per pair, whichever way round it was written.
  const seen = new Set();
  for (const l of links) {
    const key = [l.from, l.to].sort().join(' <-> ');
    if (seen.has(key)) fail(`crosswalk: ${key} twice`);
    seen.add(key);
  }
  return links;
}

function sasbCatalogTitles(catalogDir) {
  const titles = new Map();
  const dir = join(catalogDir, 'sasb');
  if (!existsSync(dir)) {
    warn('crosswalk: no standards/sasb folder: SASB links left out');
    return titles;
  }
  const walk = (d) => readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).forEach((e) => {
    const path = join(d, e.name);
    if (e.isDirectory()) walk(path);
    else if (e.name.endsWith('.json')) {
      const data = JSON.parse(readFileSync(path, 'utf8'));
      for (const def of data.disclosures ?? []) if (SASB_SCOPE1[def.id] || /^Gross global Scope 1 emissions/.test(def.title ?? '')) titles.set(def.id, { title: def.title, unit: def.unit });
    }
  });
  walk(dir);
  return titles;
}

// ===================================================================================================
// Output helpers
// ===================================================================================================

const STANDARD_KEYS = ['$schema', 'id', 'framework', 'topic', 'series', 'titleZh', 'year', 'status', 'effective', 'supersedes', 'supersededBy',
  'source', 'confidence', 'note', 'groups', 'disclosures'];
const DISCLOSURE_KEYS = ['id', 'code', 'title', 'titleZh', 'group', 'level', 'kind', 'omissionNotPermitted', 'effective', 'supersededBy', 'flagged',
  'confidence', 'note', 'requirements'];
const GROUP_KEYS = ['id', 'title', 'titleZh', 'dimension', 'level', 'members', 'note'];
const EFFECTIVE_KEYS = ['from', 'before', 'basis', 'earlyAdoption', 'issued', 'note'];

function ordered(object, keys) {
  const extra = Object.keys(object).filter((k) => !keys.includes(k));
  if (extra.length > 0) fail(`unexpected keys ${extra.join(', ')}`);
  return Object.fromEntries(keys.filter((k) => object[k] !== undefined).map((k) => [k, k === 'effective' ? ordered(object[k], EFFECTIVE_KEYS) : object[k]]));
}

function computeStatus(effective) {
  if (effective.from && effective.from > AS_OF) return 'future';
  if (effective.before && effective.before <= AS_OF) return 'superseded';
  return 'current';
}

function standard(fields) {
  return ordered({ $schema: '../../schemas/standard.schema.json', ...fields, status: computeStatus(fields.effective) }, STANDARD_KEYS);
}

/**
 * The canonical forms this script writes (a subset of src/model/ids.ts; test/catalog/frameworks.test.ts checks every
 * id with parseDisclosureId itself).
 */
const CANONICAL = [
  /^(SZSE|SSE|BSE) [1-9]\d?$/,
  /^HKEX (?:[AB][1-9](?:\.[1-9]\d?)?|B-1[3-5]|D-[1-9]\d?)$/,
  /^TCFD (?:Governance|Strategy|Risk management|Metrics and targets) [a-c]$/,
  /^IFRS S[12] [1-9]\d?[A-Z]?(?:\([a-z]{1,4}\))*$/,
  /^GRI \d{1,3}-\d{1,2}$/,
  /^SASB [A-Z]{2}-[A-Z]{2}-\d{3}[a-z]\.\d+$/,
];
const canonical = (id) => CANONICAL.some((re) => re.test(id));

function checkStandard(std) {
  const ids = new Set();
  for (const d of std.disclosures) {
    if (!canonical(d.id) || !d.id.endsWith(` ${d.code}`)) fail(`${std.id}: ${d.id} is not canonical`);
    if (ids.has(d.id)) fail(`${std.id}: ${d.id} twice`);
    ids.add(d.id);
  }
  const grouped = new Set();
  for (const g of std.groups) for (const m of g.members) {
    if (!ids.has(m)) fail(`${std.id}: group ${g.id} lists unknown ${m}`);
    const def = std.disclosures.find((d) => d.id === m);
    if (def.group === g.id) grouped.add(m);
  }
  for (const d of std.disclosures) if (d.group && !grouped.has(d.id)) fail(`${std.id}: ${d.id} names group ${d.group}, which does not list it`);
}

// ===================================================================================================
// Main
// ===================================================================================================

function main(argv) {
  // GRI and SASB ids for the crosswalk always come from this repository's catalog, wherever the output goes.
  const catalogDir = fileURLToPath(new URL('../standards/', import.meta.url));
  const { ref, out, asOf } = importArgs(argv, { script: 'import-frameworks.mjs', reference: 'reference folder', defaultOut: catalogDir, asOf: AS_OF });
  AS_OF = asOf;
  const readJson = (...parts) => JSON.parse(readFileSync(join(ref, ...parts), 'utf8'));
  const readText = (...parts) => readFileSync(join(ref, ...parts), 'utf8').replace(/\r\n?/g, '\n');

  // Chinese exchanges.
  const szseRef = readJson('szse', 'szse_guideline17.verified.json');
  const parsed = {};
  for (const [key, ex] of Object.entries(EXCHANGES)) {
    parsed[key] = parseGuideline(readText('szse', ex.file), ex.file);
    checkAgainstReference(parsed[key], szseRef, ex.file, ex.articles);
  }
  if (szseRef.instrument.structure.articles !== 63 || szseRef.sister_instruments.BSE_No11.articles !== 62) fail('article counts changed in the reference');
  const diffs = { szse: {}, sse: articleDiffs(parsed.szse, parsed.sse, 'sse'), bse: articleDiffs(parsed.szse, parsed.bse, 'bse') };
  const standards = Object.keys(EXCHANGES).map((key) => [EXCHANGES[key].out, buildGuideline(key, szseRef, parsed[key], diffs[key])]);

  // HKEX, TCFD, IFRS S2.
  const hkexRef = readJson('hkex', 'hkex_c2.verified.json');
  const tcfdRef = readJson('tcfd', 'tcfd_issb.verified.json');
  standards.push(['hkex/hkex-esg-guide-2020.json', buildHkex2020(hkexRef)]);
  standards.push(['hkex/hkex-esg-code-2025.json', buildHkex2025(hkexRef)]);
  standards.push(['tcfd/tcfd-2017.json', buildTcfd(tcfdRef)]);
  const s2 = buildIfrsS2(tcfdRef);
  standards.push(['ifrs-s2/ifrs-s2-2023.json', s2]);
  standards.push(['ifrs-s2/ifrs-s2-2025-amended.json', buildIfrsS2Amended(s2)]);
  standards.push(['ifrs-s1/ifrs-s1-2023.json', buildIfrsS1()]);
  for (const [, std] of standards) checkStandard(std);

  // Crosswalk: every endpoint is one of ours, a GRI disclosure in standards/gri, or a SASB metric found in standards/sasb.
  const links = crosswalkLinks(sasbCatalogTitles(catalogDir));
  const known = new Set(standards.flatMap(([, s]) => s.disclosures.map((d) => d.id)));
  const griIds = new Set();
  const griDir = join(catalogDir, 'gri');
  if (existsSync(griDir)) {
    for (const name of readdirSync(griDir)) {
      const data = JSON.parse(readFileSync(join(griDir, name), 'utf8'));
      for (const d of data.disclosures ?? []) griIds.add(d.id);
    }
  }
  for (const l of links) {
    for (const end of [l.from, l.to]) {
      if (!canonical(end)) fail(`crosswalk: ${end} is not canonical`);
      if (end.startsWith('GRI ') ? !griIds.has(end) : end.startsWith('SASB ') ? false : !known.has(end)) fail(`crosswalk: ${end} is not in the catalog`);
    }
  }
  const crosswalk = {
    $schema: '../../schemas/crosswalk.schema.json',
    title: 'Climate: GHG emissions and the four pillars across GRI, SASB, IFRS S2, TCFD, SZSE/SSE/BSE and HKEX',
    source: 'scripts/import-frameworks.mjs from the reference files szse/, hkex/, tcfd/ and the catalog files standards/gri and standards/sasb; see standards/crosswalk/README.md.',
    note: '`equivalent`: the same requirement (same quantity, same unit); `partial`: related, one asks more or less. Links are undirected. SSE and BSE articles carry their own links and an equivalent link to the SZSE article of the same number. Most links are expert mappings (`memory`): check them before relying on them.',
    links,
  };

  // Write.
  const owned = ['szse', 'sse', 'bse', 'hkex', 'tcfd', 'ifrs-s2', 'ifrs-s1'];
  const written = new Set();
  const write = (path, data) => {
    const file = join(out, path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
    written.add(path);
  };
  for (const [path, std] of standards) write(path, std);
  write('crosswalk/climate.json', crosswalk);
  for (const dir of owned) {
    for (const name of readdirSync(join(out, dir))) {
      if (name.endsWith('.json') && !written.has(`${dir}/${name}`)) {
        unlinkSync(join(out, dir, name));
        warn(`removed stale ${dir}/${name}`);
      }
    }
  }
  const count = standards.reduce((n, [, s]) => n + s.disclosures.length, 0);
  const byType = links.reduce((m, l) => ({ ...m, [`${l.type}/${l.confidence}`]: (m[`${l.type}/${l.confidence}`] ?? 0) + 1 }), {});
  console.log(`wrote ${written.size} files to ${out}: ${standards.length} standards, ${count} disclosures, ${links.length} crosswalk links ${JSON.stringify(byType)}`);
  for (const w of warnings) console.log(`note: ${w}`);
}

main(process.argv);
