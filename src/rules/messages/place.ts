// The place an evidence finding names (issue 16: "each finding names the section and page"), as phrases of
// each evidence rule's messages in both languages (src/rules/evidence-place.ts fills them).
export const PLACE_MESSAGES = {
  inSection: "'{{section}}'",
  inSectionOnPage: "'{{section}}' (p. {{page}})",
} as const;

export const PLACE_MESSAGES_ZH = {
  inSection: '“{{section}}”一节',
  inSectionOnPage: '“{{section}}”一节（第 {{page}} 页）',
} as const;
