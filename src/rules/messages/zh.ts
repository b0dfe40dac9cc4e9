// The rules' messages in Chinese, by rule id and message id (the English ones are each rule's `messages`).
// Written in the register of Chinese regulatory and audit text; ids, codes and official titles stay as the
// catalog has them (a Chinese title where the catalog has one: `{{title|official}}`). A TypeScript module
// rather than JSON: it is compiled and type-checked with the rules, costs a few kilobytes, and the meta-test
// (test/meta/messages.test.ts) holds its ids and placeholders to the English ones.

import { PLACE_MESSAGES_ZH } from './place.js';

type Catalog = Readonly<Record<string, Readonly<Record<string, string>>>>;

const WINDOW = {
  windowFromBefore: '适用于{{basis}}在{{from|date}}及之后、{{before|date}}之前的报告',
  windowFrom: '适用于{{basis}}在{{from|date}}及之后的报告',
  windowFromEarly: '适用于{{basis}}在{{from|date}}及之后的报告，允许提前采用',
  windowBefore: '适用于{{basis}}在{{before|date}}之前的报告',
  windowOpen: '长期有效，未设截止日期',
  basisPublication: '发布日期',
  basisPeriod: '报告期起始日',
};

// GRI 1's two claims as the Chinese translation of the GRI Standards words them.
const CLAIM = {
  claimInAccordance: '“符合 GRI 标准”',
  claimWithReference: '“参照 GRI 标准”',
};

// Advice for a report read from a PDF or DOCX: its tags go in the sidecar (shared.ts SIDECAR_MESSAGES).
const SIDECAR = {
  sidecarTag: '请在{{sidecar|code}}的`disclose:`下添加作答章节的标题（`disclose suggest --write {{file}}`可写入找到的章节），或在`omit:`下给出省略理由',
  sidecarTopic: '请在{{sidecar|code}}的`disclose:`下添加说明该议题管理方式的章节标题，并标注`{{id}} ({{topic}})`',
  sidecarArticle: '请在{{sidecar|code}}的`disclose:`下添加披露该议题的章节标题并标注{{first|code}}，或依第七条在`omit:`下说明未披露的原因（`id: {{first}}`，`reason: not-applicable`）',
  sidecarClaim: '请在{{sidecar|code}}中声明：`frameworks: { gri: { claim: {{claim}} } }`',
};

// The place an evidence finding names (src/rules/evidence-place.ts).
const PLACE_ZH = PLACE_MESSAGES_ZH;

export const zhMessages: Catalog = {
  'invalid-directive': {
    problem: '指令无法读取：{{problem}}',
  },
  'unknown-disclosure': {
    notAnId: '{{kind}}{{raw|code}}不是披露编号；应为框架加编号，如`GRI <standard>-<number>`。',
    notInCatalog: '{{kind}}{{id|code}}不属于目录中任何准则的披露项；请核对编号（`disclose standards list`）。',
    unknownIndustry: 'SASB 行业{{raw|code}}不在目录中；应为`disclose standards list sasb`所列的行业代码。',
    unknownTopic: '实质性议题{{raw|code}}不是适用于本报告的 GRI 议题标准；应为`GRI <number>`形式的议题。',
    kindTag: '标注',
    kindOmission: '省略说明',
    kindIndexRow: '索引行',
  },
  'superseded-disclosure': {
    superseded: '{{id|code}}（{{title|official}}）出自 {{standard}}，该版本不适用于本报告（{{window}}）；{{instead}}。',
    supersededByTitle: '{{id|code}}（{{title|official}}）出自 {{standard}}（所列标题属于该版本），该版本不适用于本报告（{{window}}）；{{instead}}。',
    notYetEffective: '{{id|code}}（{{title|official}}）出自 {{standard}}，该版本对本报告尚未生效（{{window}}）。',
    adoptedEarly: '{{id|code}}（{{title|official}}）出自 {{standard}}，属提前采用（{{window}}）。',
    useIds: '请改用{{ids|codes}}',
    useStandards: '请改用 {{standards|and}}',
    noReplacement: '该披露项无替代项',
    replaceWith: '替换为 {{id}}',
    ...WINDOW,
  },
  'title-mismatch': {
    cutShort: '{{id|code}}的标题不完整（{{printed|code}}）；正式标题为（{{title|official}}）。',
    matchesOther: '{{id|code}}的标题与正式标题（{{title|official}}）不符；该行标题与{{matches|codes}}相符。',
    mismatch: '{{id|code}}的标题与正式标题（{{title|official}}）不符；该行写作{{printed|code}}。',
    useOfficialTitle: '使用 {{id}} 的正式标题',
  },
  'standard-title-mismatch': {
    notOfficial: '准则名称{{label|code}}不是正式名称。',
    notOfficialNamed: '准则名称{{label|code}}不是正式名称（{{names|or}}）。',
    noYear: '准则名称{{label|code}}未注明版本；应使用带年份的正式名称。',
    noYearNamed: '准则名称{{label|code}}未注明版本；应使用带年份的正式名称（{{names|or}}）。',
    otherVersion: '准则名称{{label|code}}与其下各行的版本不一致：{{id|code}}对应的是 {{standard}}。',
  },
  'duplicate-disclosure': {
    listedAgain: '{{id|code}}在索引中重复列示（首次见于第 {{line}} 行）；每项披露在索引中应只列示一次。',
    listedAgainForTopic: '{{id|code}}就实质性议题{{topic|code}}重复列示（首次见于第 {{line}} 行）；每项披露在索引中应只列示一次。',
    listedAgainNoLine: '{{id|code}}在索引中重复列示；每项披露在索引中应只列示一次。',
    listedAgainForTopicNoLine: '{{id|code}}就实质性议题{{topic|code}}重复列示；每项披露在索引中应只列示一次。',
  },
  'location-unresolved': {
    answeredInIndex: '索引行{{row|code}}直接在索引中作答，未指向页码或章节；内容完整时允许直接作答。',
    rangeBackwards: '索引行{{row|code}}所列页码范围{{range|code}}起止颠倒；应由小页码至大页码。',
    pageOutside: '索引行{{row|code}}指向第{{range|code}}页，超出报告页码范围（{{first}}–{{last}}）。',
    noLocationColumn: '该内容索引没有可读作位置的列（表头：{{header}}）；其 {{rows}} 行按已列出处理，未核对位置；请将该列命名为“披露位置”或“页码”（`Location`、`Page`）。',
    notAHeading: '索引行{{row|code}}指向{{section|code}}，但报告中没有该标题；应填写报告中原样出现的章节标题。',
  },
  'omission-not-permitted': {
    notPermitted: '{{id|code}}（{{title|official}}）不得省略：GRI 1 不允许对其省略；请予以报告。',
    shownNotPermitted: '{{id|code}}（{{title|official}}）在索引中显示为`{{shownAs}}`，但该项不得省略：GRI 1 不允许对其省略；请予以报告。',
    empty: '空白',
  },
  'omission-reason-missing': {
    noExplanation: '{{subject}}未作解释；应说明未予报告的原因。',
    noReason: '{{subject}}未给出省略理由；应为{{reasons|codes}}之一，并附解释。',
    unknownReason: '{{subject}}给出的理由为{{reason|code}}；应为{{reasons|codes}}之一，并附解释。',
    noGriExplanation: '{{subject}}未作解释；GRI 1 要求每项省略理由均附解释。',
    subjectRow: '索引行{{row|code}}（显示为`{{shownAs}}`）',
    subjectOmission: '对{{row|code}}的省略',
    empty: '空白',
  },
  'statement-of-use': {
    noStatement: '内容索引缺少使用说明；GRI 1 要求提供，按本声明应为：{{expected|sentence}}',
    option2016: '使用说明沿用了 GRI 2016 的“核心/全面方案”措辞；按{{claim}}声明应为：{{expected|sentence}}',
    otherClaim: '使用说明作出的是{{other}}声明，而前置信息声明为{{claim}}；按{{claim}}声明应为：{{expected|sentence}}',
    notGriWording: '使用说明未遵循 GRI 1 的措辞；按{{claim}}声明应为：{{expected|sentence}}',
    noOption2016: '使用说明声明“依据 GRI 标准”，但未注明方案；{{id|code}}要求注明核心或全面方案；已按{{option}}方案检查：{{expected|sentence}}',
    otherOption2016: '使用说明注明的是{{stated}}方案，而前置信息声明为{{option}}方案；应为：{{expected|sentence}}',
    otherClaimSidecar: '使用说明作出的是{{other}}声明，而（{{sidecar|code}}或配置中）声明的是{{claim}}；按{{claim}}声明应为：{{expected|sentence}}',
    noGriUsed: '内容索引未注明所使用的 GRI 1；应为`GRI 1 used: {{foundation}}`。',
    wrongGriUsed: '“所使用的 GRI 1”未注明{{foundation|code}}。',
    ...CLAIM,
  },
  'index-without-tag': {
    taggedElsewhere: '索引行{{id|code}}指向{{location|code}}，但该披露标注在别处（第 {{lines}} 行）；索引与标注应一致。',
    taggedElsewhereInSections: '索引行{{id|code}}指向{{location|code}}，但该披露标注在别处（{{sections|and}}）；索引与标注应一致。',
    notTagged: '索引行{{id|code}}指向{{location|code}}，但没有任何章节标注该披露；索引与标注应一致。',
    pointToTagged: '将索引行指向已标注的章节',
  },
  'tag-not-in-index': {
    notListed: '{{id|code}}在此处有标注，但内容索引未列示；所有已标注的披露均应列入索引。',
  },
  'no-figures': {
    noFigures: '{{id|code}}要求披露数据，但{{where}}中没有任何数字；应至少给出一个带单位的数值。',
    ...PLACE_ZH,
  },
  'unit-mismatch': {
    unitMismatch: '{{id|code}}：{{where}}中的数字均未使用其计量单位（{{expected}}）；实际为{{found}}。',
    noUnits: '无单位',
    ...PLACE_ZH,
  },
  'item-not-addressed': {
    itemsNotAddressed: '{{id|code}}：{{where}}未回应{{items|and}}；已查找{{lookedFor|or}}。',
    notAddressed: '{{id|code}}：{{where}}未涉及该披露内容；已查找{{lookedFor|or}}。',
    ...PLACE_ZH,
  },
  'period-mismatch': {
    periodMismatch: '{{id|code}}：{{where}}中的数字标注的年份为{{years}}，均不在报告期（{{period}}）内。',
    ...PLACE_ZH,
  },
  'total-mismatch': {
    sum: '合计“{{label}}”为 {{stated}}，但其分项（{{parts|and}}）之和为 {{computed}}；合计应在舍入误差内等于分项之和。',
    shares: '自“{{label}}”起的占比（{{parts|and}}）合计 {{computed}}%；同一构成的占比之和不应超过 100%。',
  },
  'value-conflict': {
    conflict: '“{{metric}}”{{year}} 年的数值此处为 {{value}}，而{{where}}为 {{other}}；同一指标应只有一个数值。',
    ...PLACE_ZH,
  },
  'missing-disclosure': {
    required: '{{id|code}}（{{title|official}}）为{{by}}所要求，但既未标注也未说明省略；请标注作答的章节，或给出省略理由。',
    requiredForTopic: '{{id|code}}（{{title|official}}）为实质性议题{{topic|code}}的{{by}}所要求，但既未标注也未说明省略；请标注作答的章节，或给出省略理由。',
    requiredSidecar: '{{id|code}}（{{title|official}}）为{{by}}所要求，但既未标注也未说明省略；{{advice}}。',
    requiredForTopicSidecar: '{{id|code}}（{{title|official}}）为实质性议题{{topic|code}}的{{by}}所要求，但既未标注也未说明省略；{{advice}}。',
    ...SIDECAR,
    byClaim: '{{claim}}声明',
    // Spaces set the Latin name apart from the Chinese around it.
    byStandard: ' {{standard}} ',
    ...CLAIM,
  },
  'missing-topic-management': {
    noManagement: '实质性议题{{topic|code}}缺少{{id|code}}（{{title|official}}）；请标注说明该议题管理方式的章节，如`{{id}} ({{topic}})`。',
    noManagementOfStandard: '实质性议题{{topic|code}}（{{standard}}）缺少{{id|code}}（{{title|official}}）；请标注说明该议题管理方式的章节，如`{{id}} ({{topic}})`。',
    noManagementSidecar: '实质性议题{{topic|code}}缺少{{id|code}}（{{title|official}}）；{{advice}}。',
    noManagementOfStandardSidecar: '实质性议题{{topic|code}}（{{standard}}）缺少{{id|code}}（{{title|official}}）；{{advice}}。',
    ...SIDECAR,
  },
  'sector-topic-not-reviewed': {
    notReviewed: "行业标准议题 {{ref}} {{title}}（{{standard}}）既未作为实质性议题报告，也未列为非实质性议题；请报告该议题，或在`frameworks.gri.not-material`中加入`{ topic: '{{ref}}', reason: … }`并说明原因。",
  },
  'topic-not-explained': {
    notExplained: '{{framework}} 议题“{{title}}”（第 {{articles}} 条）既未披露也未解释；请标注披露该议题的章节（{{first|code}}），或依第七条说明未披露的原因（`omit: {{first}} | not-applicable | …`）。',
    notExplainedZh: '{{framework}} 议题“{{titleZh}}”（{{title}}，第 {{articles}} 条）既未披露也未解释；请标注披露该议题的章节（{{first|code}}），或依第七条说明未披露的原因（`omit: {{first}} | not-applicable | …`）。',
    notExplainedSidecar: '{{framework}} 议题“{{title}}”（第 {{articles}} 条）既未披露也未解释；{{advice}}。',
    notExplainedZhSidecar: '{{framework}} 议题“{{titleZh}}”（{{title}}，第 {{articles}} 条）既未披露也未解释；{{advice}}。',
    ...SIDECAR,
  },
  'claim-assumed': {
    fromStatement: '未声明 GRI 声明类型；已按报告使用声明中的{{claim|code}}检查；请在前置元数据中声明：`frameworks: { gri: { claim: {{claim}} } }`。',
    noStatement: '未声明 GRI 声明类型，且报告中没有使用声明；已按`with-reference`（参照）检查，该类型不要求任何披露项；请在前置元数据中声明：`frameworks: { gri: { claim: in-accordance } }`或`with-reference`。',
    fromStatementSidecar: '未声明 GRI 声明类型；已按报告使用声明中的{{claim|code}}检查；{{advice}}。',
    noStatementSidecar: '未声明 GRI 声明类型，且报告中没有使用声明；已按`with-reference`（参照）检查，该类型不要求任何披露项；{{advice}}（或`with-reference`）。',
    ...SIDECAR,
  },
  'unused-suppression': {
    everyRuleUnused: '针对全部规则的抑制注释未抑制任何结果：{{where}}没有结果；请删除该注释。',
    notARule: '抑制注释中的{{id|code}}不是规则；应为规则编号，如`title-mismatch`。',
    ruleUnused: '对{{id|code}}的抑制注释未抑制任何结果：{{where}}没有{{id|code}}结果；请删除该注释。',
    whereFile: '本文件中',
    whereEnd: '其后（注释位于文件末尾）',
    whereLine: '第 {{line}} 行',
    whereLines: '第 {{from}}–{{to}} 行',
  },
  'crosswalk-credit': {
    credited: '{{id|code}}通过对照关系计为已报告：它与报告中已定位的{{from|code}}等同。',
  },
};
