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
