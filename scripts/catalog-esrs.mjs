#!/usr/bin/env node
// Writes standards/esrs/*.json, the European Sustainability Reporting Standards (set 1, Commission Delegated
// Regulation (EU) 2023/2772), from the tables below:
//
//   node scripts/catalog-esrs.mjs [--out <standards folder>]
//
// There is no reference folder for ESRS: the tables ARE the source, each datum with the confidence of what
// confirmed it (standards/esrs/README.md lists the sources). Do not edit the JSON by hand; edit a table and
// rerun. Output is deterministic (fixed key order, 2-space JSON, trailing newline); the script owns every
// *.json in esrs/.
import { existsSync, mkdirSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const standardsDir = outArg > 0 ? process.argv[outArg + 1] : join(root, 'standards');
const dir = join(standardsDir, 'esrs');

const REGULATION = 'Commission Delegated Regulation (EU) 2023/2772 of 31 July 2023 (OJ L, 22.12.2023), Annex I';

/** Set 1 applies to financial years beginning on or after 2024-01-01 (Article 2 of the regulation). */
const EFFECTIVE = {
  from: '2024-01-01',
  basis: 'reporting-period',
  issued: '2023-07-31',
  note:
    'Delegated Regulation (EU) 2023/2772, Article 2: applies from 2024-01-01 for financial years beginning on or after that date (official, EUR-Lex text as quoted by legalize.dev). ' +
    'Who reports when follows the CSRD waves (large public-interest entities first, FY2024); Directive (EU) 2025/794 ("stop-the-clock") postponed the second and third waves by two years (memory). ' +
    'Delegated Regulation (EU) 2025/1416 ("quick fix", July 2025) let first-wave undertakings use the phase-ins of undertakings with up to 750 employees for FY2025 and FY2026 (memory; EFRAG IG 3 has a 2025-11-10 "quick-fix" version, secondary).',
};

// Confidence of a disclosure requirement's code and title:
//  T = the title read in a copy of the delegated act's table of contents (ESRS 2, S1: scribd copies of
//      C(2023) 5303 Annex 1; E5: judict.eu's copy of Regulation 2023/2772) or a page quoting the adopted
//      text (annualreporting.info for G1, greenlang.fingreen.ai for S2-1): secondary;
//  M = memory of the adopted text (high), not re-read here.
// Paragraph: where the requirement starts in the standard. `P` marks a paragraph confirmed by a page quoting
// the adopted text (EFRAG Q&A, annualreporting.info, a vendor's guide quoting E1); the others are memory.

/**
 * [code after `ESRS `, title, first paragraph, confirmed paragraph?, title confirmed?, kind]
 * kind: q = quantitative, m = mixed, n = narrative (qualitative).
 */
const ESRS2 = [
  ['2 BP-1', 'General basis for preparation of sustainability statements', 3, 'P', 'T', 'n'],
  ['2 BP-2', 'Disclosures in relation to specific circumstances', 6, 'P', 'T', 'n'],
  ['2 GOV-1', 'The role of the administrative, management and supervisory bodies', 19, 'P', 'T', 'm'],
  ['2 GOV-2', "Information provided to and sustainability matters addressed by the undertaking's administrative, management and supervisory bodies", 24, '', 'T', 'n'],
  ['2 GOV-3', 'Integration of sustainability-related performance in incentive schemes', 27, 'P', 'T', 'm'],
  ['2 GOV-4', 'Statement on due diligence', 30, '', 'T', 'n'],
  ['2 GOV-5', 'Risk management and internal controls over sustainability reporting', 34, '', 'T', 'n'],
  ['2 SBM-1', 'Strategy, business model and value chain', 38, '', 'T', 'm'],
  ['2 SBM-2', 'Interests and views of stakeholders', 43, '', 'T', 'n'],
  ['2 SBM-3', 'Material impacts, risks and opportunities and their interaction with strategy and business model', 46, '', 'T', 'n'],
  ['2 IRO-1', 'Description of the processes to identify and assess material impacts, risks and opportunities', 51, '', 'T', 'n'],
  ['2 IRO-2', "Disclosure requirements in ESRS covered by the undertaking's sustainability statement", 54, '', 'T', 'n'],
  ['2 MDR-P', 'Policies adopted to manage material sustainability matters', 65, '', 'T', 'n'],
  ['2 MDR-A', 'Actions and resources in relation to material sustainability matters', 68, '', 'T', 'm'],
  ['2 MDR-M', 'Metrics in relation to material sustainability matters', 75, '', 'T', 'm'],
  ['2 MDR-T', 'Tracking effectiveness of policies and actions through targets', 79, '', 'T', 'm'],
];

/** The topical standards: [topic code, official title, titleZh (translation), disclosure requirements]. */
const TOPICAL = [
  ['E1', 'Climate change', '气候变化', [
    ['E1 GOV-3', 'Integration of sustainability-related performance in incentive schemes (climate)', 13, '', 'M', 'm'],
    ['E1-1', 'Transition plan for climate change mitigation', 14, 'P', 'M', 'm'],
    ['E1 SBM-3', 'Material impacts, risks and opportunities and their interaction with strategy and business model (climate)', 18, '', 'M', 'n'],
    ['E1 IRO-1', 'Description of the processes to identify and assess material climate-related impacts, risks and opportunities', 20, '', 'M', 'n'],
    ['E1-2', 'Policies related to climate change mitigation and adaptation', 22, '', 'M', 'n'],
    ['E1-3', 'Actions and resources in relation to climate change policies', 26, 'P', 'M', 'm'],
    ['E1-4', 'Targets related to climate change mitigation and adaptation', 30, 'P', 'M', 'm'],
    ['E1-5', 'Energy consumption and mix', 35, '', 'M', 'q'],
    ['E1-6', 'Gross Scopes 1, 2, 3 and Total GHG emissions', 44, 'P', 'T', 'q'],
    ['E1-7', 'GHG removals and GHG mitigation projects financed through carbon credits', 56, '', 'M', 'q'],
    ['E1-8', 'Internal carbon pricing', 62, '', 'M', 'm'],
    ['E1-9', 'Anticipated financial effects from material physical and transition risks and potential climate-related opportunities', 64, '', 'M', 'm'],
  ]],
  ['E2', 'Pollution', '污染', [
    ['E2 IRO-1', 'Description of the processes to identify and assess material pollution-related impacts, risks and opportunities', 11, '', 'M', 'n'],
    ['E2-1', 'Policies related to pollution', 12, '', 'M', 'n'],
    ['E2-2', 'Actions and resources related to pollution', 16, '', 'M', 'm'],
    ['E2-3', 'Targets related to pollution', 20, '', 'M', 'm'],
    ['E2-4', 'Pollution of air, water and soil', 26, '', 'M', 'q'],
    ['E2-5', 'Substances of concern and substances of very high concern', 32, '', 'M', 'q'],
    ['E2-6', 'Anticipated financial effects from pollution-related impacts, risks and opportunities', 36, '', 'M', 'm'],
  ]],
  ['E3', 'Water and marine resources', '水和海洋资源', [
    ['E3 IRO-1', 'Description of the processes to identify and assess material water and marine resources-related impacts, risks and opportunities', 8, '', 'M', 'n'],
    ['E3-1', 'Policies related to water and marine resources', 9, '', 'M', 'n'],
    ['E3-2', 'Actions and resources related to water and marine resources', 15, '', 'M', 'm'],
    ['E3-3', 'Targets related to water and marine resources', 20, '', 'M', 'm'],
    ['E3-4', 'Water consumption', 26, '', 'M', 'q'],
    ['E3-5', 'Anticipated financial effects from water and marine resources-related impacts, risks and opportunities', 30, '', 'M', 'm'],
  ]],
  ['E4', 'Biodiversity and ecosystems', '生物多样性和生态系统', [
    ['E4-1', 'Transition plan and consideration of biodiversity and ecosystems in strategy and business model', 11, '', 'T', 'n'],
    ['E4 SBM-3', 'Material impacts, risks and opportunities and their interaction with strategy and business model (biodiversity and ecosystems)', 16, '', 'M', 'n'],
    ['E4 IRO-1', 'Description of processes to identify and assess material biodiversity and ecosystem-related impacts, risks, dependencies and opportunities', 17, '', 'M', 'n'],
    ['E4-2', 'Policies related to biodiversity and ecosystems', 20, '', 'T', 'n'],
    ['E4-3', 'Actions and resources related to biodiversity and ecosystems', 25, '', 'T', 'm'],
    ['E4-4', 'Targets related to biodiversity and ecosystems', 29, '', 'T', 'm'],
    ['E4-5', 'Impact metrics related to biodiversity and ecosystems change', 33, '', 'T', 'q'],
    ['E4-6', 'Anticipated financial effects from biodiversity and ecosystem-related risks and opportunities', 42, '', 'M', 'm'],
  ]],
  ['E5', 'Resource use and circular economy', '资源利用和循环经济', [
    ['E5 IRO-1', 'Description of the processes to identify and assess material resource use and circular economy-related impacts, risks and opportunities', 11, '', 'T', 'n'],
    ['E5-1', 'Policies related to resource use and circular economy', 12, '', 'T', 'n'],
    ['E5-2', 'Actions and resources related to resource use and circular economy', 17, '', 'T', 'm'],
    ['E5-3', 'Targets related to resource use and circular economy', 21, '', 'T', 'm'],
    ['E5-4', 'Resource inflows', 27, '', 'T', 'q'],
    ['E5-5', 'Resource outflows', 32, '', 'T', 'q'],
    ['E5-6', 'Anticipated financial effects from resource use and circular economy-related impacts, risks and opportunities', 41, '', 'T', 'm'],
  ]],
  ['S1', 'Own workforce', '自有员工', [
    ['S1 SBM-2', 'Interests and views of stakeholders (own workforce)', 12, '', 'T', 'n'],
    ['S1 SBM-3', 'Material impacts, risks and opportunities and their interaction with strategy and business model (own workforce)', 13, '', 'T', 'n'],
    ['S1-1', 'Policies related to own workforce', 17, '', 'T', 'n'],
    ['S1-2', "Processes for engaging with own workers and workers' representatives about impacts", 25, '', 'T', 'n'],
    ['S1-3', 'Processes to remediate negative impacts and channels for own workers to raise concerns', 30, '', 'T', 'n'],
    ['S1-4', 'Taking action on material impacts on own workforce, and approaches to mitigating material risks and pursuing material opportunities related to own workforce, and effectiveness of those actions', 35, '', 'T', 'n'],
    ['S1-5', 'Targets related to managing material negative impacts, advancing positive impacts, and managing material risks and opportunities', 44, '', 'T', 'm'],
    ['S1-6', "Characteristics of the undertaking's employees", 48, '', 'T', 'q'],
    ['S1-7', "Characteristics of non-employee workers in the undertaking's own workforce", 53, '', 'T', 'q'],
    ['S1-8', 'Collective bargaining coverage and social dialogue', 57, '', 'T', 'q'],
    ['S1-9', 'Diversity metrics', 62, '', 'T', 'q'],
    ['S1-10', 'Adequate wages', 67, '', 'T', 'm'],
    ['S1-11', 'Social protection', 71, '', 'T', 'm'],
    ['S1-12', 'Persons with disabilities', 76, '', 'T', 'q'],
    ['S1-13', 'Training and skills development metrics', 81, '', 'T', 'q'],
    ['S1-14', 'Health and safety metrics', 86, '', 'T', 'q'],
    ['S1-15', 'Work-life balance metrics', 91, '', 'T', 'q'],
    ['S1-16', 'Compensation metrics (pay gap and total compensation)', 95, '', 'T', 'q'],
    ['S1-17', 'Incidents, complaints and severe human rights impacts', 100, '', 'T', 'm'],
  ]],
  ['S2', 'Workers in the value chain', '价值链中的工人', [
    ['S2 SBM-2', 'Interests and views of stakeholders (value chain workers)', 9, '', 'M', 'n'],
    ['S2 SBM-3', 'Material impacts, risks and opportunities and their interaction with strategy and business model (value chain workers)', 10, '', 'M', 'n'],
    ['S2-1', 'Policies related to value chain workers', 14, 'P', 'T', 'n'],
    ['S2-2', 'Processes for engaging with value chain workers about impacts', 20, '', 'M', 'n'],
    ['S2-3', 'Processes to remediate negative impacts and channels for value chain workers to raise concerns', 24, '', 'M', 'n'],
    ['S2-4', 'Taking action on material impacts on value chain workers, and approaches to managing material risks and pursuing material opportunities related to value chain workers, and effectiveness of those actions', 29, '', 'M', 'n'],
    ['S2-5', 'Targets related to managing material negative impacts, advancing positive impacts, and managing material risks and opportunities', 39, '', 'M', 'm'],
  ]],
  ['S3', 'Affected communities', '受影响社区', [
    ['S3 SBM-2', 'Interests and views of stakeholders (affected communities)', 7, '', 'M', 'n'],
    ['S3 SBM-3', 'Material impacts, risks and opportunities and their interaction with strategy and business model (affected communities)', 8, '', 'M', 'n'],
    ['S3-1', 'Policies related to affected communities', 13, '', 'M', 'n'],
    ['S3-2', 'Processes for engaging with affected communities about impacts', 18, '', 'M', 'n'],
    ['S3-3', 'Processes to remediate negative impacts and channels for affected communities to raise concerns', 22, '', 'M', 'n'],
    ['S3-4', 'Taking action on material impacts on affected communities, and approaches to managing material risks and pursuing material opportunities related to affected communities, and effectiveness of those actions', 27, '', 'M', 'n'],
    ['S3-5', 'Targets related to managing material negative impacts, advancing positive impacts, and managing material risks and opportunities', 38, '', 'M', 'm'],
  ]],
  ['S4', 'Consumers and end-users', '消费者和终端用户', [
    ['S4 SBM-2', 'Interests and views of stakeholders (consumers and end-users)', 8, '', 'M', 'n'],
    ['S4 SBM-3', 'Material impacts, risks and opportunities and their interaction with strategy and business model (consumers and end-users)', 9, '', 'M', 'n'],
    ['S4-1', 'Policies related to consumers and end-users', 13, '', 'M', 'n'],
    ['S4-2', 'Processes for engaging with consumers and end-users about impacts', 18, '', 'M', 'n'],
    ['S4-3', 'Processes to remediate negative impacts and channels for consumers and end-users to raise concerns', 22, '', 'M', 'n'],
    ['S4-4', 'Taking action on material impacts on consumers and end-users, and approaches to managing material risks and pursuing material opportunities related to consumers and end-users, and effectiveness of those actions', 27, '', 'M', 'n'],
    ['S4-5', 'Targets related to managing material negative impacts, advancing positive impacts, and managing material risks and opportunities', 38, '', 'M', 'm'],
  ]],
  ['G1', 'Business conduct', '商业行为', [
    ['G1 GOV-1', 'The role of the administrative, management and supervisory bodies (business conduct)', 5, 'P', 'T', 'n'],
    ['G1 IRO-1', 'Description of the processes to identify and assess material impacts, risks and opportunities (business conduct)', 6, 'P', 'T', 'n'],
    ['G1-1', 'Business conduct policies and corporate culture', 7, 'P', 'T', 'n'],
    ['G1-2', 'Management of relationships with suppliers', 12, '', 'T', 'n'],
    ['G1-3', 'Prevention and detection of corruption and bribery', 16, '', 'T', 'm'],
    ['G1-4', 'Confirmed incidents of corruption or bribery', 22, '', 'T', 'q'],
    ['G1-5', 'Political influence and lobbying activities', 27, '', 'T', 'm'],
    ['G1-6', 'Payment practices', 31, '', 'T', 'q'],
  ]],
];

/**
 * ESRS 2 Appendix B: datapoints that derive from other EU legislation (SFDR, Pillar 3, Benchmark Regulation,
 * EU Climate Law), by the disclosure requirement that holds them: [paragraph, short label, laws]. ESRS 2 §56
 * asks for a table of all of them, with "not material" where the topic is not material (ESRS 1 §35).
 * Confidence: memory (high) of the adopted Appendix B; the table itself was not re-read here.
 */
const APPENDIX_B = {
  '2 GOV-1': [['21(d)', "Board's gender diversity", 'SFDR, Benchmark'], ['21(e)', 'Percentage of board members who are independent', 'Benchmark']],
  '2 GOV-4': [['30', 'Statement on due diligence', 'SFDR']],
  '2 SBM-1': [
    ['40(d)(i)', 'Involvement in activities related to the fossil fuel sector', 'SFDR, Pillar 3, Benchmark'],
    ['40(d)(ii)', 'Involvement in activities related to chemical production', 'SFDR, Benchmark'],
    ['40(d)(iii)', 'Involvement in activities related to controversial weapons', 'SFDR, Benchmark'],
    ['40(d)(iv)', 'Involvement in activities related to the cultivation and production of tobacco', 'Benchmark'],
  ],
  'E1-1': [['14', 'Transition plan to reach climate neutrality by 2050', 'EU Climate Law'], ['16(g)', 'Undertakings excluded from Paris-aligned Benchmarks', 'Pillar 3, Benchmark']],
  'E1-4': [['34', 'GHG emission reduction targets', 'SFDR, Pillar 3, Benchmark']],
  'E1-5': [
    ['37', 'Energy consumption and mix', 'SFDR'],
    ['38', 'Energy consumption from fossil sources disaggregated by sources (high climate impact sectors only)', 'SFDR'],
    ['40-43', 'Energy intensity associated with activities in high climate impact sectors', 'SFDR'],
  ],
  'E1-6': [['44', 'Gross Scope 1, 2, 3 and total GHG emissions', 'SFDR, Pillar 3, Benchmark'], ['53-55', 'Gross GHG emissions intensity', 'SFDR, Pillar 3, Benchmark']],
  'E1-7': [['56', 'GHG removals and carbon credits', 'EU Climate Law']],
  'E1-9': [
    ['66', 'Exposure of the benchmark portfolio to climate-related physical risks', 'Benchmark'],
    ['66(a), 66(c)', 'Disaggregation of monetary amounts by acute and chronic physical risk; location of significant assets at material physical risk', 'Pillar 3'],
    ['67(c)', 'Breakdown of the carrying value of real estate assets by energy-efficiency classes', 'Pillar 3'],
    ['69', 'Degree of exposure of the portfolio to climate-related opportunities', 'Benchmark'],
  ],
  'E2-4': [['28', 'Amount of each pollutant emitted to air, water and soil', 'SFDR']],
  'E3-1': [['9', 'Water and marine resources', 'SFDR'], ['13', 'Dedicated policy', 'SFDR'], ['14', 'Sustainable oceans and seas', 'SFDR']],
  'E3-4': [['28(c)', 'Total water recycled and reused', 'SFDR'], ['29', 'Total water consumption in m3 per net revenue on own operations', 'SFDR']],
  'E4 IRO-1': [['16(a)(i), 16(b), 16(c)', 'Sites in or near biodiversity-sensitive areas; land degradation, desertification or soil sealing; threatened species', 'SFDR']],
  'E4-2': [['24(b), 24(c), 24(d)', 'Sustainable land or agriculture, sustainable oceans or seas, and deforestation policies', 'SFDR']],
  'E5-5': [['37(d)', 'Non-recycled waste', 'SFDR'], ['39', 'Hazardous waste and radioactive waste', 'SFDR']],
  'S1 SBM-3': [['14(f), 14(g)', 'Risk of incidents of forced labour or child labour', 'SFDR']],
  'S1-1': [
    ['20', 'Human rights policy commitments', 'SFDR'],
    ['21', 'Due diligence policies on issues addressed by the fundamental ILO Conventions 1 to 8', 'Benchmark'],
    ['22', 'Processes and measures for preventing trafficking in human beings', 'SFDR'],
    ['23', 'Workplace accident prevention policy or management system', 'SFDR'],
  ],
  'S1-3': [['32(c)', 'Grievance or complaints handling mechanisms', 'SFDR']],
  'S1-14': [['88(b), 88(c)', 'Number of fatalities and number and rate of work-related accidents', 'SFDR, Benchmark'], ['88(e)', 'Number of days lost to injuries, accidents, fatalities or illness', 'SFDR']],
  'S1-16': [['97(a)', 'Unadjusted gender pay gap', 'SFDR, Benchmark'], ['97(b)', 'Excessive CEO pay ratio', 'SFDR']],
  'S1-17': [['103(a)', 'Incidents of discrimination', 'SFDR'], ['104(a)', 'Non-respect of UNGPs on Business and Human Rights and OECD Guidelines', 'SFDR, Benchmark']],
  'S2 SBM-3': [['11(b)', 'Significant risk of child labour or forced labour in the value chain', 'SFDR']],
  'S2-1': [
    ['17', 'Human rights policy commitments', 'SFDR'],
    ['18', 'Policies related to value chain workers', 'SFDR'],
    ['19', 'Non-respect of UNGPs and OECD Guidelines; due diligence policies on the fundamental ILO Conventions', 'SFDR, Benchmark'],
  ],
  'S2-4': [['36', 'Human rights issues and incidents connected to the upstream and downstream value chain', 'SFDR']],
  'S3-1': [['16', 'Human rights policy commitments', 'SFDR'], ['17', 'Non-respect of UNGPs, ILO principles or OECD Guidelines', 'SFDR, Benchmark']],
  'S3-4': [['36', 'Human rights issues and incidents', 'SFDR']],
  'S4-1': [['16', 'Policies related to consumers and end-users', 'SFDR'], ['17', 'Non-respect of UNGPs and OECD Guidelines', 'SFDR, Benchmark']],
  'S4-4': [['35', 'Human rights issues and incidents', 'SFDR']],
  'G1-1': [['10(b)', 'United Nations Convention against Corruption', 'SFDR'], ['10(d)', 'Protection of whistle-blowers', 'SFDR']],
  'G1-4': [['24(a)', 'Fines for violation of anti-corruption and anti-bribery laws', 'SFDR, Benchmark'], ['24(b)', 'Standards of anti-corruption and anti-bribery', 'SFDR']],
};

/**
 * ESRS 1 Appendix C: phased-in disclosure requirements. `all` = every undertaking; `750` = undertakings
 * with up to 750 employees. SBM-1 40(b)/(c) and SBM-3 48(e) confirmed by a published ESRS index (FMO 2024,
 * secondary); the rest memory (high).
 */
const PHASE_IN = {
  '2 SBM-1': 'Phase-in (ESRS 1 Appendix C): §40(b) and (c) (revenue by ESRS sector, additional sectors) apply from the date the sector standards apply.',
  '2 SBM-3': 'Phase-in (ESRS 1 Appendix C): §48(e) (anticipated financial effects) may be omitted in the first year; qualitative only in the first three years.',
  'E1-6': 'Phase-in (ESRS 1 Appendix C): undertakings with up to 750 employees may omit Scope 3 and total GHG emissions in the first year.',
  'E1-9': 'Phase-in (ESRS 1 Appendix C): may be omitted in the first year; qualitative only in the first three years.',
  'E2-6': 'Phase-in (ESRS 1 Appendix C): may be omitted in the first year; qualitative only in the first three years.',
  'E3-5': 'Phase-in (ESRS 1 Appendix C): may be omitted in the first year; qualitative only in the first three years.',
  'E4-6': 'Phase-in (ESRS 1 Appendix C): may be omitted in the first year; qualitative only in the first three years.',
  'E5-6': 'Phase-in (ESRS 1 Appendix C): may be omitted in the first year; qualitative only in the first three years.',
  'S1-7': 'Phase-in (ESRS 1 Appendix C): may be omitted in the first year.',
  'S1-8': 'Phase-in (ESRS 1 Appendix C): §63 (social dialogue) for employees outside the EEA may be omitted in the first year.',
  'S1-11': 'Phase-in (ESRS 1 Appendix C): may be omitted in the first year.',
  'S1-12': 'Phase-in (ESRS 1 Appendix C): may be omitted in the first year.',
  'S1-13': 'Phase-in (ESRS 1 Appendix C): may be omitted in the first year.',
  'S1-14': 'Phase-in (ESRS 1 Appendix C): work-related ill-health and days lost may be omitted in the first year; non-employees in the first year.',
  'S1-15': 'Phase-in (ESRS 1 Appendix C): may be omitted in the first year.',
};
/** Whole standards an undertaking with up to 750 employees may omit: E4, S2-S4 for two years, S1 for one (ESRS 1 Appendix C, memory). */
const PHASE_IN_750 = { E4: 2, S1: 1, S2: 2, S3: 2, S4: 2 };

const KIND = { q: 'quantitative', m: 'mixed', n: 'qualitative' };

function disclosure([code, title, paragraph, paragraphConfirmed, titleConfirmed, kind], group) {
  const notes = [
    `Starts at paragraph ${paragraph} (${paragraphConfirmed ? 'confirmed in a page quoting the adopted text, secondary' : 'memory'}); title ${titleConfirmed === 'T' ? 'read in a copy of the adopted text, secondary' : 'memory of the adopted text (high)'}.`,
  ];
  if (/^[ESG]\d (GOV|SBM|IRO)-\d$/.test(code)) notes.push(`The topical standard's requirement applied with ESRS 2 ${code.split(' ')[1]} (ESRS 2 Appendix C); cited \`ESRS ${code}\`.`);
  if (PHASE_IN[code]) notes.push(PHASE_IN[code]);
  const datapoints = APPENDIX_B[code] ?? [];
  if (datapoints.length > 0) notes.push('Holds datapoints of ESRS 2 Appendix B (other EU legislation): its requirement items.');
  return {
    id: `ESRS ${code}`,
    code,
    title,
    group,
    level: 'mandatory',
    kind: KIND[kind],
    omissionNotPermitted: false,
    supersededBy: [],
    confidence: titleConfirmed === 'T' ? 'secondary' : 'memory',
    note: notes.join(' '),
    // Item ids must start with the code and a hyphen (src/catalog/integrity.ts): `E1-6-44`, `2 SBM-1-40(d)(i)`.
    requirements: datapoints.map(([paragraph, label, laws]) => ({ id: `${code}-${paragraph.replace(/,\s*/g, '/')}`, label: `§${paragraph}: ${label} (${laws})` })),
  };
}

function standard(file, fields, disclosures, groups) {
  return {
    path: join(dir, file),
    data: {
      $schema: '../../schemas/standard.schema.json',
      id: fields.id,
      framework: 'esrs',
      topic: fields.topic,
      series: 'framework',
      titleZh: fields.titleZh,
      year: 2023,
      status: 'current',
      effective: EFFECTIVE,
      supersedes: [],
      supersededBy: [],
      source: `${REGULATION}; see standards/esrs/README.md for the pages each datum was read in.`,
      confidence: 'secondary',
      note: fields.note,
      disclosures,
      groups,
    },
  };
}

const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const files = [];

files.push(
  standard(
    'esrs-1-general-requirements-2023.json',
    {
      id: 'ESRS 1 General requirements',
      topic: 'ESRS 1',
      titleZh: '欧洲可持续发展报告准则第1号：一般要求',
      note: 'No disclosure requirements. Holds double materiality (chapter 3), the rule that ESRS 2 and the Appendix B datapoints apply whatever the materiality assessment says (§29, §35) and the phase-ins of Appendix C, which the catalog records on the requirements concerned. titleZh: translation.',
    },
    [],
    [],
  ),
);

files.push(
  standard(
    'esrs-2-general-disclosures-2023.json',
    {
      id: 'ESRS 2 General disclosures',
      topic: 'ESRS 2',
      titleZh: '欧洲可持续发展报告准则第2号：一般披露',
      note: 'Applies regardless of the materiality assessment (ESRS 1 §29); the minimum disclosure requirements MDR-P/A/M/T are applied with each material topic. §56 asks for the list of disclosure requirements complied with (content index) and the Appendix B table (official, EFRAG Q&A 517 quoting §56). titleZh: translation.',
    },
    ESRS2.map((row) => disclosure(row, 'esrs-2')),
    [
      { id: 'esrs-2', title: 'ESRS 2 General disclosures', titleZh: '一般披露', level: 'mandatory', dimension: 'cross-cutting', members: ESRS2.map(([code]) => `ESRS ${code}`), note: 'Required whatever the materiality assessment concludes (ESRS 1 §29).' },
      {
        id: 'appendix-b',
        title: 'Datapoints that derive from other EU legislation (ESRS 2 Appendix B)',
        titleZh: '源自其他欧盟法规的数据点（ESRS 2 附录B）',
        dimension: 'appendix-b',
        members: ESRS2.filter(([code]) => APPENDIX_B[code]).map(([code]) => `ESRS ${code}`),
        note: 'The table ESRS 2 §56 asks for. Its datapoints are the requirement items of the disclosure requirements that hold them, here and in the topical standards; a topical standard that is not material lists them as "not material" (ESRS 1 §35). titleZh: translation.',
      },
    ],
  ),
);

for (const [topic, title, titleZh, rows] of TOPICAL) {
  const years = PHASE_IN_750[topic];
  const phase = years ? ` Undertakings with up to 750 employees may omit the whole standard in the first ${years === 1 ? 'year' : 'two years'} (ESRS 1 Appendix C, memory).` : '';
  const id = topic.toLowerCase();
  files.push(
    standard(
      `esrs-${id}-${slug(title)}-2023.json`,
      {
        id: `ESRS ${topic} ${title}`,
        topic: `ESRS ${topic}`,
        titleZh: `欧洲可持续发展报告准则${topic}：${titleZh}`,
        note: `Topical standard: its requirements apply when the topic is material (ESRS 1 chapter 3); when it is not, the Appendix B datapoints it holds are listed as "not material".${topic === 'E1' ? ' A conclusion that climate change is not material needs a detailed explanation (ESRS 1 §32, memory).' : ''}${phase} titleZh: translation.`,
      },
      rows.map((row) => disclosure(row, id)),
      [{ id, title: `ESRS ${topic} ${title}`, titleZh, level: 'mandatory', dimension: 'topical', members: rows.map(([code]) => `ESRS ${code}`) }],
    ),
  );
}

mkdirSync(dir, { recursive: true });
const written = new Set();
for (const { path, data } of files) {
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`, 'utf8');
  written.add(path);
}
for (const name of existsSync(dir) ? readdirSync(dir) : []) {
  const path = join(dir, name);
  if (name.endsWith('.json') && !written.has(path)) unlinkSync(path);
}
const count = files.reduce((n, f) => n + f.data.disclosures.length, 0);
console.log(`wrote ${files.length} files, ${count} disclosure requirements, ${Object.values(APPENDIX_B).flat().length} Appendix B datapoints to ${dir}`);
