// GRI 1 Requirement 8: does a printed statement of use follow the wording of a claim?
// The wording comes from standards/gri/foundation.json, with GRI's bracketed placeholders.

const normalise = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201c\u201d]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for a statement template: placeholders match any text; GRI's own example adds "from". */
export function statementPattern(template: string): RegExp {
  const parts = normalise(template).split(/\[[^\]]*\]/);
  const body = parts.map(escape).join('.+?').replace(/for the period /g, 'for the period (?:from )?');
  return new RegExp(body.replace(/\\\.$/, '\\.?'));
}

export function followsStatement(text: string, template: string): boolean {
  return statementPattern(template).test(normalise(text));
}

// The key phrase of each claim, for statements that do not follow GRI 1's template word for word, in
// English and Chinese (参照 = with reference to; 依据 = in accordance with), as mapping/content-index/statements.ts
// recognises them.
const WITH_REFERENCE_PHRASE = /\bwith reference to\b|参照|参考|參照|參考/i;
const IN_ACCORDANCE_PHRASE = /\bin accordance with\b|依据|依照|按照|根据|遵循|依據/i;

/**
 * The claim a printed statement of use makes: the template it follows (`templates` from
 * standards/gri/foundation.json), else the claim's key phrase; undefined when it names neither.
 */
export function statedClaim(text: string, templates: Record<'in-accordance' | 'with-reference', string>): 'in-accordance' | 'with-reference' | undefined {
  if (followsStatement(text, templates['in-accordance'])) return 'in-accordance';
  if (followsStatement(text, templates['with-reference'])) return 'with-reference';
  if (WITH_REFERENCE_PHRASE.test(text)) return 'with-reference';
  if (IN_ACCORDANCE_PHRASE.test(text)) return 'in-accordance';
  return undefined;
}

/**
 * The GRI 2016 option (Core, Comprehensive) a statement of use names, from each option's phrases in
 * standards/gri/claim-options-2016.json (`in accordance with the GRI Standards: Core option`, `核心方案`).
 */
export function statedOption<O extends string>(text: string, phrases: Readonly<Record<O, readonly string[]>>): O | undefined {
  const t = normalise(text);
  for (const option of Object.keys(phrases) as O[]) if (phrases[option].some((p) => t.includes(p))) return option;
  return undefined;
}
