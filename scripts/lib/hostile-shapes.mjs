// Generators of the hostile report shapes of issue 11 (items 7–10): the worst inputs for the Markdown
// and YAML parsers that still fit under the 16 MiB report limit. The robustness benchmark
// (scripts/bench-robustness.mjs) runs them at full size; the tests (test/hostile/) at a size just over
// each limit. Nothing large is committed: every shape is text made here.

const FRONT = '---\ntitle: Hostile\nperiod: { start: 2025-01-01, end: 2025-12-31 }\npublished: 2026-04-20\nframeworks: { gri: { claim: with-reference } }\n---\n\n# Hostile\n\n';
const repeatTo = (unit, chars) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

/** A table of `columns` columns and enough rows to reach about `chars` characters. */
export function wideTable(columns, chars) {
  const row = `|${' x |'.repeat(columns)}\n`;
  return `${FRONT}|${' h |'.repeat(columns)}\n|${'---|'.repeat(columns)}\n${row.repeat(Math.max(1, Math.floor(chars / row.length)))}`;
}

/** One paragraph of `chars` characters of links and emphasis, the quadratic case of micromark. */
export function longParagraph(chars) {
  return `${FRONT}${repeatTo('word [x](y) *e* ', chars)}\n`;
}

/** A two-column table whose one cell holds `chars` characters of links and emphasis. */
export function bigCell(chars) {
  return `${FRONT}| Code | Location |\n|---|---|\n| a | ${repeatTo('word [x](y) *e* ', chars)} |\n`;
}

/** Front matter with a list of about `chars` characters (an unknown key, refused after parsing if not before). */
export function frontMatterList(chars) {
  return `---\ntitle: Hostile\nitems:\n${repeatTo('  - item\n', chars)}---\n\n# Hostile\n`;
}

/** Front matter with an anchor of `items` entries and `aliases` aliases of it. */
export function aliasBomb(items, aliases) {
  const anchor = `big: &big [${Array.from({ length: items }, (_, i) => `v${i}`).join(', ')}]\n`;
  return `---\ntitle: Hostile\n${anchor}copies: [${Array.from({ length: aliases }, () => '*big').join(', ')}]\n---\n\n# Hostile\n`;
}

/** A list whose one item holds `chars` characters of indented sub-items: one block chunking cannot cut. */
export function nestedList(chars) {
  return `${FRONT}- top\n\n${repeatTo('  - item [x](y) *e*\n\n', chars)}`;
}

/** A config whose `ignore` glob backtracks: `*a*a…*ab` against a long file name of `a`s. */
export function redosGlob(stars) {
  return { ignore: [`${'*a'.repeat(stars)}b`] };
}

/** A report with `count` unknown tags, each one finding. */
export function manyFindings(count) {
  const tags = [];
  for (let i = 0; i < count; i += 1000) {
    const ids = Array.from({ length: Math.min(1000, count - i) }, (_, k) => `GRI 9${i + k}-1`).join(', ');
    tags.push(`## S${i}\n\n<!-- disclose: ${ids} -->\n`);
  }
  return `${FRONT}${tags.join('\n')}`;
}
