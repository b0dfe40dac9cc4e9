// The running text of a generated report: paragraphs (English, and some Chinese as in the bilingual
// reports of Chinese listed companies), bullet and numbered lists, and KPI tables, in the shapes
// converted reports have (paragraphs wrapped at about 100 columns, tables with right-aligned numbers).

const SUBJECTS = [
  'the Group', 'our manufacturing sites', 'the Sustainability Committee', 'each business unit', 'our procurement team',
  'the EHS function', 'the Board', 'our logistics partners', 'the ESG Office', 'the plant in Suzhou', 'our Vietnamese subsidiary',
  'the Human Resources department', 'internal audit', 'our key suppliers', 'the Risk Management Committee',
];
const VERBS = [
  'reduced', 'reviewed', 'expanded', 'strengthened', 'monitored', 'extended', 'audited', 'updated', 'completed',
  'introduced', 'measured', 'disclosed', 'improved', 'assessed', 'piloted',
];
const OBJECTS = [
  'energy consumption per unit of output', 'the scope of ISO 14001 certification', 'its grievance procedures',
  'water withdrawal in water-stressed areas', 'the supplier code of conduct', 'training for line supervisors',
  'Scope 1 and Scope 2 emissions', 'the lost-time injury frequency rate', 'hazardous waste sent to landfill',
  'data protection controls', 'the share of renewable electricity', 'anti-corruption due diligence',
  'the gender pay gap', 'community investment programmes', 'the climate risk register',
];
const CLAUSES = [
  'compared with the 2021 base year', 'against the target set in the 2024–2028 plan', 'across all 14 sites',
  'following the recommendations of the external assessor', 'ahead of the schedule agreed with customers',
  'in line with the Group policy approved by the Board', 'with the support of an independent consultant',
  'as part of the annual management review', 'while production volumes grew', 'in every region where we operate',
];
const CONNECTORS = ['In addition,', 'As a result,', 'During the year,', 'At the same time,', 'By year end,', 'In 2025,', 'Meanwhile,'];

const ZH_SENTENCES = [
  (n, p) => `报告期内，公司持续完善环境管理体系，单位产值综合能耗同比下降${p}%。`,
  (n) => `公司全年开展安全生产培训${n}场次，覆盖全体一线员工及承包商人员。`,
  (n, p) => `截至报告期末，公司员工总数为${n}人，其中女性员工占比${p}%。`,
  (n) => `公司建立了覆盖采购、生产、销售全流程的合规管理制度，全年未发生重大违法违规事件，开展合规检查${n}次。`,
  (n, p) => `报告期内，公司可再生能源使用比例提升至${p}%，光伏发电量达${n}兆瓦时。`,
  (n) => `公司通过供应商行为准则、现场审核和年度评估管理供应链可持续发展风险，全年完成供应商审核${n}家。`,
  (n, p) => `公司董事会下设战略与可持续发展委员会，报告期内召开会议${n}次，审议通过可持续发展目标及进展，出席率${p}%。`,
  (n) => `公司积极参与乡村振兴和社区公益活动，员工志愿服务时长累计${n}小时。`,
  (n, p) => `公司重视数据安全与客户隐私保护，已通过信息安全管理体系认证，全年处理客户咨询${n}件，满意度${p}%。`,
  (n) => `公司持续推进研发创新，全年研发投入${n}万元，新增授权专利若干项。`,
];

const LIST_ITEMS = [
  'Rooftop solar installed at {k} sites, with a combined capacity of {d} MW',
  'LED retrofit of production halls completed; lighting energy use fell {p}%',
  '{n} suppliers audited on site against the Supplier Code of Conduct',
  'Lost-time injury frequency rate of {d} per million hours worked',
  'Whistleblowing line available in {k} languages, around the clock',
  '{p}% of managers completed anti-corruption training',
  'Water recycling system commissioned, saving {n} m³ a year',
  'Employee engagement survey response rate of {p}%',
  '{k} community projects supported, reaching {n} beneficiaries',
  'Product carbon footprints published for {n} product families',
];

const KPI_ROWS = [
  ['Total energy consumption', 'MWh'], ['Renewable electricity share', '%'], ['Scope 1 emissions', 'tCO2e'],
  ['Scope 2 emissions (location-based)', 'tCO2e'], ['Water withdrawal', 'ML'], ['Hazardous waste', 't'],
  ['Employees at year end', 'persons'], ['Women in management', '%'], ['Training hours per employee', 'h'],
  ['Lost-time injury frequency rate', 'per 10⁶ h'], ['Community investment', 'RMB 10k'], ['Suppliers assessed', 'count'],
];

/** Wraps a paragraph at about `width` columns, as PDF converters and editors leave it. */
export function wrap(text, width = 100) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

const number = (random) => random.int(12, 48_000).toLocaleString('en-US');
const percent = (random) => (random.int(10, 990) / 10).toFixed(1);
const decimal = (random) => (random.int(5, 400) / 10).toFixed(1);

function englishSentence(random) {
  const start = random.chance(0.3) ? `${random.pick(CONNECTORS)} ` : '';
  const subject = random.pick(SUBJECTS);
  const head = start ? subject : subject[0].toUpperCase() + subject.slice(1);
  const figure = random.chance(0.5) ? ` by ${percent(random)}%` : '';
  return `${start}${head} ${random.pick(VERBS)} ${random.pick(OBJECTS)}${figure} ${random.pick(CLAUSES)}.`;
}

export function englishParagraph(random, sentences = random.int(2, 4)) {
  return wrap(Array.from({ length: sentences }, () => englishSentence(random)).join(' '));
}

/** Chinese prose is not wrapped at spaces (it has none); converters break it at about 60 characters. */
export function chineseParagraph(random, sentences = random.int(2, 4)) {
  const text = Array.from({ length: sentences }, () => random.pick(ZH_SENTENCES)(random.int(3, 9000), percent(random))).join('');
  return text.match(/.{1,60}/gu).join('\n');
}

export function bulletList(random, tag) {
  const items = Array.from({ length: random.int(3, 6) }, () =>
    random.pick(LIST_ITEMS).replace(/\{n\}/g, () => number(random)).replace(/\{p\}/g, () => percent(random)).replace(/\{d\}/g, () => decimal(random)).replace(/\{k\}/g, () => String(random.int(2, 40))),
  );
  const ordered = random.chance(0.25);
  const lines = items.map((item, i) => `${ordered ? `${i + 1}.` : '-'} ${item}`);
  // A nested item under the second, as in designers' layouts.
  if (random.chance(0.3)) lines.splice(2, 0, `${ordered ? '   ' : '  '}- of which ${percent(random)}% at the three largest sites`);
  if (tag) lines[lines.length - 1] += ` ${tag}`;
  return lines.join('\n');
}

/** A KPI table with three years of data; `tag` goes into a cell of the last row. */
export function kpiTable(random, tag) {
  const rows = random.shuffle(KPI_ROWS).slice(0, random.int(3, 7));
  const lines = ['| Indicator | Unit | 2023 | 2024 | 2025 |', '|---|---|--:|--:|--:|'];
  rows.forEach(([name, unit], i) => {
    const value = () => (unit === '%' ? percent(random) : number(random));
    const last = i === rows.length - 1 && tag ? ` ${tag}` : '';
    lines.push(`| ${name} | ${unit} | ${value()} | ${value()} | ${value()}${last} |`);
  });
  return lines.join('\n');
}
