// Where a disclosure is answered, as content indexes print it: one entry per section with the union of
// its pages, joined as `About Us, p. 3; Governance, pp. 5–6` (en) or `关于我们，第3页; 治理，第5–6页` (zh).
// Shared by the GRI content index and the SASB, exchange and HKEX indexes.
import type { DisclosureLocation } from '../model/finding.js';
import type { IndexLocation } from '../model/index-document.js';
import { compressPages } from './page-ranges.js';

/** One entry per section named (tags and index rows often agree), with the union of its pages, in first-seen order. */
export function mergeLocations(locations: readonly DisclosureLocation[]): IndexLocation[] {
  const bySection = new Map<string, IndexLocation>();
  for (const location of locations) {
    const pages = location.pages ?? (location.page !== undefined ? [location.page] : []);
    const known = bySection.get(location.section);
    if (known) known.pages = [...new Set([...known.pages, ...pages])].sort((a, b) => a - b);
    else bySection.set(location.section, { section: location.section, headingPath: location.headingPath, pages: [...pages] });
  }
  return [...bySection.values()];
}

/** `[3]` -> `p. 3` / `第3页`; `[5, 6]` -> `pp. 5–6` / `第5–6页`. */
export function pagesText(pages: readonly number[], lang: 'en' | 'zh'): string {
  const compressed = compressPages(pages);
  return lang === 'zh' ? `第${compressed}页` : `${pages.length === 1 ? 'p.' : 'pp.'} ${compressed}`;
}

/** Locations joined for display: `About Us, p. 3; Governance, pp. 5–6`. */
export function locationText(locations: readonly IndexLocation[], lang: 'en' | 'zh'): string {
  return locations
    .map((location) => {
      if (location.pages.length === 0) return location.section;
      const printed = pagesText(location.pages, lang);
      if (location.section === '') return printed;
      return `${location.section}${lang === 'zh' ? '，' : ', '}${printed}`;
    })
    .join('; ');
}
