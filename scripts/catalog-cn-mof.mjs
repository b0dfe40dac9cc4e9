#!/usr/bin/env node
// Writes standards/cn-mof/*.json, China's Ministry of Finance sustainability disclosure standards (企业可持续
// 披露准则), from the tables below:
//
//   node scripts/catalog-cn-mof.mjs [--out <standards folder>]
//
// No official full text of either standard was available to this project (no reference folder); the tables
// hold only what pages quoting the texts confirm, each with its confidence (standards/cn-mof/README.md).
// Do not edit the JSON by hand. Output is deterministic; the script owns every *.json in cn-mof/.
import { existsSync, mkdirSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const dir = join(outArg > 0 ? process.argv[outArg + 1] : join(root, 'standards'), 'cn-mof');

/** Both standards: voluntary until the scope and requirements of application are set (the issuing notices). */
const VOLUNTARY = '在实施范围及实施要求作出规定之前，由企业自愿实施 (the issuing notice: voluntary until the Ministry sets who must apply it and when; secondary, quoted by several news pages).';

/** The four core elements (四个核心要素) of the Basic Standard's chapter on disclosure elements (披露要素). */
const CORE_ELEMENTS = [
  ['governance', 'Governance', '治理'],
  ['strategy', 'Strategy', '战略'],
  ['risk-opportunity-management', 'Risk and opportunity management', '风险和机遇管理'],
  ['metrics-targets', 'Metrics and targets', '指标和目标'],
];

/**
 * Climate Standard No. 1: its six chapters and how many articles each holds (47 in all), from a summary of
 * the final text (syntaogf.com, 2025-12-25, secondary). Article numbers follow from the counts; chapter 5's
 * count is the remainder (47 - 4 - 5 - 11 - 5 - 1). [group id, English (translation), Chinese, articles, level]
 */
const CLIMATE_CHAPTERS = [
  ['general-provisions', 'General provisions', '总则', 4, undefined],
  ['governance', 'Governance', '治理', 5, 'mandatory'],
  ['strategy', 'Strategy', '战略', 11, 'mandatory'],
  ['risk-opportunity-management', 'Risk and opportunity management', '风险和机遇管理', 5, 'mandatory'],
  ['metrics-targets', 'Metrics and targets', '指标和目标', 21, 'mandatory'],
  ['supplementary-provisions', 'Supplementary provisions', '附则', 1, undefined],
];

function climate() {
  const disclosures = [];
  const groups = [];
  let article = 0;
  for (const [id, title, titleZh, count, level] of CLIMATE_CHAPTERS) {
    const members = [];
    for (let i = 0; i < count; i += 1) {
      article += 1;
      members.push(`CSDS Climate ${article}`);
      disclosures.push({
        id: `CSDS Climate ${article}`,
        code: `Climate ${article}`,
        title: `${title} (article ${article})`,
        titleZh: `${titleZh}（第${article}条）`,
        group: id,
        ...(level ? { level } : {}),
        kind: id === 'metrics-targets' ? 'mixed' : 'qualitative',
        omissionNotPermitted: false,
        supersededBy: [],
        confidence: 'secondary',
        note: `Article ${article} of chapter "${titleZh}": the chapter is known from the per-chapter article counts of a summary of the final text (secondary); the article's own content and heading were not read, so its title is the chapter's. English: translation.`,
        requirements: [],
      });
    }
    groups.push({
      id,
      title,
      titleZh,
      ...(level ? { level } : {}),
      dimension: level ? 'core-element' : 'general',
      members,
      note: level
        ? `Core element (核心要素) of the Basic Standard; the chapter says what the enterprise shall (应当) disclose about it (secondary: summaries of the final text). Articles ${members[0].split(' ').pop()}–${members.at(-1).split(' ').pop()}.`
        : `Articles ${members[0].split(' ').pop()}–${members.at(-1).split(' ').pop()}.`,
    });
  }
  if (article !== 47) throw new Error(`Climate Standard No. 1 has 47 articles, the table gives ${article}`);
  return {
    $schema: '../../schemas/standard.schema.json',
    id: 'Corporate Sustainability Disclosure Standard No. 1: Climate (Trial) 2025',
    framework: 'cn-mof',
    topic: 'CSDS Climate',
    series: 'framework',
    titleZh: '企业可持续披露准则第1号——气候（试行）',
    year: 2025,
    status: 'current',
    effective: {
      basis: 'reporting-period',
      issued: '2025-12-01',
      note: `Issued by the Ministry of Finance with nine other authorities as 财会〔2025〕34号 in December 2025 (press of 2025-12-25; secondary). No date of mandatory application: ${VOLUNTARY}`,
    },
    supersedes: [],
    supersededBy: [],
    source: 'Summaries of the final text (syntaogf.com 2025-12-25: six chapters, 47 articles, per-chapter counts; the Ministry\'s Q&A on roedl.com.cn; a news summary on reportify.ai). The official text (mof.gov.cn) was not available here.',
    confidence: 'secondary',
    note: 'Chinese is authoritative; every English title is a translation. Article headings are not modelled (the official text was not read): each article carries its chapter\'s title. Levels: the four core-element chapters say 应当 (shall), recorded as mandatory for an enterprise that applies the standard; applying it is voluntary for now. Scope 3 and other reliefs are not modelled (not confirmed).',
    disclosures,
    groups,
  };
}

function basic() {
  return {
    $schema: '../../schemas/standard.schema.json',
    id: 'Corporate Sustainability Disclosure Standard: Basic Standard (Trial) 2024',
    framework: 'cn-mof',
    topic: 'CSDS Basic',
    series: 'framework',
    titleZh: '企业可持续披露准则——基本准则（试行）',
    year: 2024,
    status: 'current',
    effective: {
      basis: 'reporting-period',
      issued: '2024-12-01',
      note: `Issued by the Ministry of Finance with eight other authorities as 财会〔2024〕17号, announced 2024-12-17 (secondary). Application guide 财会〔2025〕21号 of 2025-09-03 (secondary). No date of mandatory application: ${VOLUNTARY}`,
    },
    supersedes: [],
    supersededBy: [],
    source: 'News pages on the final text (xiandb.cn quoting the Ministry, 2024-12-17), the application guide (edufgk.cn copy of 财会〔2025〕21号, which cites the final Art. 4 on the value chain) and a summary of the 2024-05 draft (syntaogf.com.cn). The official text was not available here.',
    confidence: 'secondary',
    note: 'Articles are NOT modelled: only the 2024-05 exposure draft\'s structure was found (six chapters: 总则, 披露目标与原则, 信息质量要求, 披露要素, 其他披露要求, 附则; 33 articles), and the final text is renumbered (the application guide puts the value chain in Art. 4, the draft in Art. 5). The four core elements of the chapter 披露要素 are kept as groups without members, so that `standards show` names them. Chinese is authoritative; English titles are translations.',
    disclosures: [],
    groups: CORE_ELEMENTS.map(([id, title, titleZh]) => ({ id, title, titleZh, dimension: 'core-element', members: [], note: 'Core element of the chapter 披露要素 (secondary); article numbers of the final text not confirmed.' })),
  };
}

mkdirSync(dir, { recursive: true });
const files = { 'cn-mof-basic-2024.json': basic(), 'cn-mof-climate-2025.json': climate() };
for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), `${JSON.stringify(data, null, 2)}\n`, 'utf8');
for (const name of existsSync(dir) ? readdirSync(dir) : []) if (name.endsWith('.json') && !(name in files)) unlinkSync(join(dir, name));
console.log(`wrote ${Object.keys(files).length} files to ${dir}`);
