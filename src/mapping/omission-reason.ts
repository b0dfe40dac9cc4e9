// Reasons for omission as people write them (`Confidentiality constraints`, `not_applicable`)
// mapped onto the catalog's ids (`confidentiality-constraints`).

export function normaliseOmissionReason(text: string, knownIds: readonly string[]): string | undefined {
  const key = text.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (knownIds.includes(key)) return key;
  // GRI 1 Table 1 names the last reason "Information unavailable/incomplete".
  const prefix = knownIds.find((id) => key.startsWith(`${id}/`) || key.startsWith(`${id}-or-`));
  return prefix;
}
