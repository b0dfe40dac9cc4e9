// Comparing a printed title with an official one. Indexes retype titles: case, curly quotes, dashes,
// punctuation and spacing vary, and British spelling appears in many reports; none of that is a mismatch.

// Spelling variants seen in content indexes, mapped to GRI's US spelling.
const SPELLING: [RegExp, string][] = [
  [/isation/g, 'ization'],
  [/\blabour/g, 'labor'],
  [/behaviour/g, 'behavior'],
  [/programme/g, 'program'],
];

/** A comparison key: lower case, letters and digits only, single spaces, US spelling, `&` as `and`. */
export function normalizeTitle(title: string): string {
  let text = title.normalize('NFKC').toLowerCase().replace(/&/g, ' and ');
  for (const [pattern, replacement] of SPELLING) text = text.replace(pattern, replacement);
  // Apostrophes vanish ("organization’s" = "organizations"); other punctuation separates words.
  return text.replace(/['‘’ʼ`´]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function titlesMatch(a: string, b: string): boolean {
  return normalizeTitle(a) === normalizeTitle(b);
}
