// Locations as content indexes print them, in the locale's words: `About Us, p. 3; Governance, pp. 5–6`
// (en) or `关于我们，第3页; 治理，第5–6页` (zh). The engine gives sections and page numbers only.
import type { IndexLocation } from '../model/index-document.js';
import { pageRanges } from '../model/page-ranges.js';
import { label, type Locale } from './locales.js';

/** `[3]` -> `p. 3` / `第3页`; `[5, 6]` -> `pp. 5–6` / `第5–6页`. */
export function pagesText(pages: readonly number[], locale: Locale): string {
  const ranges = pageRanges(pages).join(label(locale, 'indexText.pageSeparator'));
  return label(locale, pages.length === 1 ? 'indexText.page' : 'indexText.pages', { pages: ranges });
}

/** Locations joined for display: `About Us, p. 3; Governance, pp. 5–6`. */
export function locationText(locations: readonly IndexLocation[], locale: Locale): string {
  return locations
    .map((location) => {
      if (location.pages.length === 0) return location.section;
      const pages = pagesText(location.pages, locale);
      if (location.section === '') return pages;
      return label(locale, 'indexText.sectionPages', { section: location.section, pages });
    })
    .join(label(locale, 'indexText.locationSeparator'));
}

/** `[21, …, 28]` -> `Art. 21–28` / `第21–28条`. */
export function articlesText(numbers: readonly number[], locale: Locale): string {
  return label(locale, 'indexText.articles', { articles: pageRanges(numbers).join(label(locale, 'indexText.articleSeparator')) });
}
