// Editorial tables for the ISSB standards that the reference folder does not cover: IFRS S1 (June 2023) and
// the December 2025 amendments to IFRS S2. scripts/import-frameworks.mjs builds the catalog files from them.
// Every fact names its source and confidence (standards/tcfd/README.md, "IFRS S1" and "IFRS S2 amendments").

/** Where the facts below come from. */
export const IFRS_SOURCES = {
  s1Toc: 'IFRS S1 (June 2023), official contents page: ifrs.org/content/dam/ifrs/publications/html-standards-issb/english/2023/issued/issbs1.html (section headings and their first paragraphs; "paragraphs 1-86 and Appendices A-E")',
  s1Dates: 'iasplus.com IFRS S1 page (secondary): issued 26 June 2023, annual reporting periods beginning on or after 1 January 2024',
  s1Metrics: 'issuu.com copy of IFRS S1 (secondary): the metric descriptors (a)-(d), the target items (a)-(g), consistency over time and labelling, in that order, just before "General requirements"',
  s1Text: 'a Markdown copy of the IFRS S1 June 2023 text in a public repository (secondary: a third party\'s copy of the official text): github.com/mflvn/Sustainability_RAG, markdowns/standards_markdowns/modified_s1/full_content.md, commit 6c34f0690df12297ee0a91ffca3bf244340acc62 (paragraphs 10-86 read; issue 17)',
  s2Amend: 'IFRS Foundation "Targeted amendments to IFRS S2 - At a glance" as reported by reporting.academy (secondary): issued 11 December 2025, effective for annual reporting periods beginning on or after 1 January 2027, early application permitted; greentryst.com (secondary, one source): the Category 15 amendment is paragraphs 29A-29C; KPMG (secondary): the four areas (Category 15, GWP values, jurisdictional relief, GICS)',
};

/**
 * IFRS S1 paragraphs: [code, group, title, kind, note]. Paragraph numbers that open a section are official (the
 * contents page). Every paragraph's number and subject was checked against a copy of the text (IFRS_SOURCES.s1Text,
 * secondary; issue 17), which also gave the paragraphs first left out because their subject was not recalled
 * (10, 12-16, 18-19, 22-24, 31, 42, 47-49, 55-59, 61-63, 65-69, 71, 73, 75-76, 78-82, 84-86). Titles are our own
 * paraphrases (the Standard has section headings, not paragraph titles; its text is not copied). Paragraphs 1-9
 * (objective, scope) and the appendices are not modelled: a citation of one of those is reported as unknown.
 */
export const S1_PARAGRAPHS = [
  ['10', 'conceptual-foundations', 'Conceptual foundations: relevant and faithfully represented information, enhanced by comparability, verifiability, timeliness and understandability', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['11', 'conceptual-foundations', 'Fair presentation: a complete, neutral and accurate depiction of sustainability-related risks and opportunities', 'qualitative', 'Opens the section "Fair presentation" (official contents page).'],
  ['12', 'conceptual-foundations', 'Identifying the sustainability-related risks and opportunities that could affect prospects: apply B1-B12', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['13', 'conceptual-foundations', 'Fair presentation: relevant information, faithfully represented (complete, neutral, accurate)', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['14', 'conceptual-foundations', 'Materiality: an entity-specific aspect of relevance', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['15', 'conceptual-foundations', 'Fair presentation also requires comparable, verifiable, timely and understandable information, and additional information where the requirements are not enough', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['16', 'conceptual-foundations', 'Applying the Standards, with additional information where necessary, is presumed to achieve fair presentation', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['17', 'conceptual-foundations', 'Materiality: disclose material information about sustainability-related risks and opportunities', 'qualitative', 'Opens the section "Materiality" (official contents page).'],
  ['18', 'conceptual-foundations', "Material information: omitting, misstating or obscuring it could reasonably be expected to influence primary users' decisions", 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['19', 'conceptual-foundations', 'Identifying and disclosing material information: apply B13-B37', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['20', 'conceptual-foundations', 'Reporting entity: the same as for the related financial statements', 'qualitative', 'The section "Reporting entity" (official contents page).'],
  ['21', 'conceptual-foundations', 'Connected information: connections between the risks and opportunities and with the financial statements', 'qualitative', 'Opens the section "Connected information" (official contents page).'],
  ['22', 'conceptual-foundations', 'Identify the financial statements to which the disclosures relate', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['23', 'conceptual-foundations', 'Data and assumptions consistent with those of the related financial statements', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['24', 'conceptual-foundations', 'Amounts in currency: the presentation currency of the related financial statements', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['25', 'core-content', 'Core content: governance, strategy, risk management, metrics and targets', 'qualitative', 'Opens "Core content" (official contents page).'],
  ['26', 'governance', 'Governance: objective', 'qualitative', 'Objective paragraph; opens "Governance" (official contents page).'],
  ['27(a)', 'governance', 'Governance body(s) or individual(s) responsible for oversight of sustainability-related risks and opportunities', 'qualitative'],
  ['27(b)', 'governance', "Management's role in the governance processes, controls and procedures", 'qualitative'],
  ['28', 'strategy', 'Strategy: objective', 'qualitative', 'Objective paragraph; opens "Strategy" (official contents page).'],
  ['29', 'strategy', 'Strategy: information to be disclosed (overview)', 'qualitative'],
  ['30', 'strategy', 'Sustainability-related risks and opportunities: description, time horizons and their definitions', 'qualitative'],
  ['31', 'strategy', 'Time horizons: why short, medium and long term differ between entities and industries', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['32', 'strategy', 'Business model and value chain: current and anticipated effects, and where they are concentrated', 'qualitative'],
  ['33', 'strategy', 'Strategy and decision-making: responses, progress on prior plans, trade-offs', 'qualitative'],
  ['34', 'strategy', 'Financial position, financial performance and cash flows: objective', 'qualitative'],
  ['35', 'strategy', 'Current and anticipated financial effects', 'mixed'],
  ['36', 'strategy', 'Financial effects: a single amount or a range', 'quantitative'],
  ['37', 'strategy', 'Financial effects: use all reasonable and supportable information, with an approach commensurate with the skills, capabilities and resources available', 'qualitative'],
  ['38', 'strategy', 'Financial effects: when quantitative information need not be provided (effects not separately identifiable, or measurement uncertainty too high)', 'qualitative'],
  ['39', 'strategy', 'Anticipated financial effects: no quantitative information without the skills, capabilities or resources to provide it', 'qualitative'],
  ['40', 'strategy', 'Financial effects not quantified: why, qualitative information, and the combined effect with other risks and opportunities', 'qualitative'],
  ['41', 'strategy', 'Resilience of the strategy and business model to sustainability-related risks', 'mixed', 'Opens "Resilience" (official contents page).'],
  ['42', 'strategy', 'Resilience: other Standards may specify the information required and whether scenario analysis is needed', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['43', 'risk-management', 'Risk management: objective', 'qualitative', 'Objective paragraph; opens "Risk management" (official contents page).'],
  ['44(a)', 'risk-management', 'Processes and related policies to identify, assess, prioritise and monitor sustainability-related risks', 'qualitative'],
  ['44(b)', 'risk-management', 'Processes to identify, assess, prioritise and monitor sustainability-related opportunities', 'qualitative'],
  ['44(c)', 'risk-management', 'Integration into the overall risk management process', 'qualitative'],
  ['45', 'metrics-and-targets', 'Metrics and targets: objective', 'qualitative', 'Objective paragraph; opens "Metrics and targets" (official contents page).'],
  ['46', 'metrics-and-targets', 'Metrics required by an applicable Standard and metrics the entity uses to measure and monitor', 'mixed'],
  ['47', 'metrics-and-targets', 'No Standard specifically applies: identify metrics by applying paragraphs 57-58', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['48', 'metrics-and-targets', 'Metrics include those associated with participation in an industry', 'mixed', 'Subject from a copy of the text (issue 17).'],
  ['49', 'metrics-and-targets', 'Metric taken from another source: identify the source and the metric', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['50', 'metrics-and-targets', 'Metrics the entity has developed: definition, kind of measure, third-party validation, method and inputs', 'mixed', 'Items (a)-(d) (secondary: issuu copy).'],
  ['51', 'metrics-and-targets', 'Targets: metric, target, period, base period, milestones, performance and revisions', 'mixed', 'Items (a)-(g) (secondary: issuu copy).'],
  ['52', 'metrics-and-targets', 'Consistent definition and calculation of metrics over time', 'qualitative'],
  ['53', 'metrics-and-targets', 'Labels and definitions of metrics and targets', 'qualitative'],
  ['54', 'general-requirements', 'Sources of guidance: identifying sustainability-related risks and opportunities', 'qualitative', 'Opens "General requirements" and "Sources of guidance" (official contents page); SASB Standards and other sources in the paragraphs that follow.'],
  ['55', 'general-requirements', 'Sources of guidance: consider the disclosure topics of the SASB Standards; other sources that may be considered', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['56', 'general-requirements', 'Identifying applicable disclosure requirements: apply the Standard that specifically applies', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['57', 'general-requirements', 'No Standard specifically applies: judgement to identify relevant, faithfully representative information', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['58', 'general-requirements', 'Making that judgement: consider the SASB metrics; other sources that may be considered', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['59', 'general-requirements', 'Disclosure of the sources of guidance and the industry(s) applied', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['60', 'general-requirements', 'Location of disclosures: as part of the general purpose financial reports', 'qualitative', 'Opens "Location of disclosures" (official contents page).'],
  ['61', 'general-requirements', 'Possible locations in the general purpose financial reports, such as management commentary', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['62', 'general-requirements', 'Disclosures in the same location as other required information: clearly identifiable, not obscured', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['63', 'general-requirements', 'Information included by cross-reference to another report (B45-B47)', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['64', 'general-requirements', 'Timing of reporting: at the same time and for the same period as the related financial statements', 'qualitative', 'Opens "Timing of reporting" (official contents page).'],
  ['65', 'general-requirements', 'Reporting period: normally 12 months; a 52-week period is not precluded', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['66', 'general-requirements', 'Reporting period longer or shorter than 12 months: the period, the reason, limited comparability', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['67', 'general-requirements', 'Information received after the reporting period about conditions at its end: update the disclosures', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['68', 'general-requirements', 'Events after the reporting period that could influence decisions: disclose them', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['69', 'general-requirements', 'Interim sustainability-related financial disclosures: not mandated by the Standard; apply B48 when published', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['70', 'general-requirements', 'Comparative information for the preceding period', 'mixed', 'Opens "Comparative information" (official contents page). Not required in the first annual reporting period (transition relief, Appendix E, memory).'],
  ['71', 'general-requirements', 'Amounts reported: for example metrics and targets, and financial effects', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['72', 'general-requirements', 'Statement of compliance: an explicit and unreserved statement of compliance with IFRS Sustainability Disclosure Standards', 'qualitative', 'Opens "Statement of compliance" (official contents page).'],
  ['73', 'general-requirements', 'Reliefs: information prohibited by law or regulation, and commercially sensitive information about opportunities', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['74', 'judgements-uncertainties-errors', 'Judgements that most significantly affect the information disclosed', 'qualitative', 'Opens "Judgements" (official contents page).'],
  ['75', 'judgements-uncertainties-errors', 'Judgements: examples (risks and opportunities, sources of guidance, material information, reassessment of scope)', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['76', 'judgements-uncertainties-errors', 'Judgements: other Standards may require part of this information', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['77', 'judgements-uncertainties-errors', 'Measurement uncertainty: the most significant uncertainties affecting amounts reported', 'qualitative', 'Opens "Measurement uncertainty" (official contents page).'],
  ['78', 'judgements-uncertainties-errors', 'Amounts subject to high measurement uncertainty: identify them, their sources of uncertainty and the assumptions made', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['79', 'judgements-uncertainties-errors', 'Measurement uncertainty arises from estimates; reasonable estimates remain useful', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['80', 'judgements-uncertainties-errors', 'Measurement uncertainty: the estimates needing the most difficult, subjective or complex judgements', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['81', 'judgements-uncertainties-errors', 'Measurement uncertainty: examples of the information to disclose', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['82', 'judgements-uncertainties-errors', 'Measurement uncertainty: other Standards may require part of this information', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['83', 'judgements-uncertainties-errors', 'Errors: correcting material prior-period errors', 'qualitative', 'Opens "Errors" (official contents page).'],
  ['84', 'judgements-uncertainties-errors', 'Prior period errors: what they are', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['85', 'judgements-uncertainties-errors', 'Corrections of errors are not changes in estimates', 'qualitative', 'Subject from a copy of the text (issue 17).'],
  ['86', 'judgements-uncertainties-errors', 'Material prior period error: apply B55-B59', 'qualitative', 'Subject from a copy of the text (issue 17).'],
];

/**
 * IFRS S1 groups: [id, title, paragraphs as the contents page gives them (official), Chinese title]. The Chinese
 * titles are unofficial translations (the Ministry of Finance's and other Chinese versions were not consulted).
 */
export const S1_GROUPS = [
  ['conceptual-foundations', 'Conceptual foundations', '10-24', '概念基础'],
  ['core-content', 'Core content', '25', '核心内容'],
  ['governance', 'Governance', '26-27', '治理'],
  ['strategy', 'Strategy', '28-42', '战略'],
  ['risk-management', 'Risk management', '43-44', '风险管理'],
  ['metrics-and-targets', 'Metrics and targets', '45-53', '指标和目标'],
  ['general-requirements', 'General requirements', '54-73', '一般要求'],
  ['judgements-uncertainties-errors', 'Judgements, uncertainties and errors', '74-86', '判断、不确定性和错误'],
];

export const S1_EFFECTIVE = {
  from: '2024-01-01',
  basis: 'reporting-period',
  earlyAdoption: true,
  issued: '2023-06-01',
  note: 'Annual reporting periods beginning on or after 2024-01-01, earlier application permitted together with IFRS S2 (iasplus.com, secondary; Appendix E). Issued 26 June 2023 (secondary). Whether a company must apply it depends on its jurisdiction. Transition reliefs (Appendix E, memory): no comparatives in the first year; in the first year an entity may report on climate-related risks and opportunities only (IFRS S2) and publish its sustainability-related financial disclosures after its financial statements.',
};

/**
 * The December 2025 amendments to IFRS S2 ("Amendments to Greenhouse Gas Emissions Disclosures"): the amended
 * standard is the original paragraph list with these changes. Paragraph numbers 29A-29C: one secondary source,
 * which gives the range for the Category 15 amendment without saying what each paragraph holds, so all three
 * carry the block's title. The other three changes amend existing paragraphs and application guidance (which
 * paragraphs exactly: not verified): they are recorded in the notes of 29(a)(ii) and 29(a)(vi).
 */
export const S2_AMENDED_PARAGRAPHS = [
  ['29A', 'metrics-and-targets', 'Scope 3 Category 15: measurement may be limited to financed emissions (paragraphs 29A-29C)', 'mixed',
    'Added by the December 2025 amendments. Loans and investments include loans, project finance, bonds, equity investments and undrawn loan commitments; for asset management, assets under management; emissions from derivatives may be excluded. An entity applying the limitation explains what it treats as a derivative and describes the financial activities excluded (reporting.academy, secondary). How the content is split across 29A-29C: not verified (one secondary source gives the range).'],
  ['29B', 'metrics-and-targets', 'Scope 3 Category 15: measurement may be limited to financed emissions (paragraphs 29A-29C)', 'mixed', 'Added by the December 2025 amendments; see 29A.'],
  ['29C', 'metrics-and-targets', 'Scope 3 Category 15: measurement may be limited to financed emissions (paragraphs 29A-29C)', 'mixed', 'Added by the December 2025 amendments; see 29A.'],
];
/** Notes added to existing paragraphs in the amended version: what the amendments change there (secondary). */
export const S2_AMENDED_NOTES = {
  '29(a)(ii)': 'Amended December 2025 (KPMG, reporting.academy, secondary): the jurisdictional relief allows a measurement method other than the GHG Protocol Corporate Standard where a jurisdictional authority or exchange requires it, also for part of the entity, and global warming potential values other than the latest IPCC assessment where such an authority requires them. Exact paragraphs amended: not verified.',
  '29(a)(vi)': 'Amended December 2025 (secondary): Category 15 may be limited to financed emissions (29A-29C); the industry classification used to disaggregate financed emissions may be one other than GICS (GICS where the entity already uses it, else one a jurisdictional authority or exchange requires, else an appropriate one). Exact paragraphs amended: not verified.',
};

export const S2_AMENDED_EFFECTIVE = {
  from: '2027-01-01',
  basis: 'reporting-period',
  earlyAdoption: true,
  issued: '2025-12-01',
  note: 'Annual reporting periods beginning on or after 2027-01-01, early application permitted; issued 11 December 2025 (IFRS Foundation, reported by reporting.academy: secondary). Reports for periods beginning 2024-2026 resolve to the June 2023 text unless they name the amended version.',
};
