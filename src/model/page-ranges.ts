// Page and article numbers as ranges: `[3, 4, 5, 9]` -> `3–5`, `9`. Wording around them (`p.`, `第…页`,
// the separator) is the renderer's, from templates/locales/.

/** `[3, 4, 5, 9]` -> `['3–5', '9']`: sorted, deduplicated, consecutive runs as ranges. */
export function pageRanges(pages: readonly number[]): string[] {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j += 1;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts;
}

/** `[3, 4, 5, 9]` -> `3–5, 9`: how a report's own index writes page lists (the inverse of its parser). */
export function compressPages(pages: readonly number[]): string {
  return pageRanges(pages).join(', ');
}
