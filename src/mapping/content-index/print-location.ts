// The location a fix writes into a report's own content index (`index-without-tag`): `About Us, p. 3;
// Governance, pp. 5–6`. Not the rendered index's wording (that is src/render/location-wording.ts, from the
// locales): this text goes back into the report, so it is the form parseLocation reads, in English.
import type { IndexLocation } from '../../model/index-document.js';
import { compressPages } from '../../model/page-ranges.js';

export function printLocations(locations: readonly IndexLocation[]): string {
  return locations
    .map(({ section, pages }) => {
      if (pages.length === 0) return section;
      const printed = `${pages.length === 1 ? 'p.' : 'pp.'} ${compressPages(pages)}`;
      return section === '' ? printed : `${section}, ${printed}`;
    })
    .join('; ');
}
