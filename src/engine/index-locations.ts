// Where a disclosure is answered, as content indexes list it: one entry per section with the union of its
// pages. Shared by the GRI content index and the SASB, exchange and HKEX indexes. How a location is worded
// (`About Us, p. 3` / `关于我们，第3页`) is the renderer's: src/render/location-wording.ts.
import type { DisclosureLocation } from '../model/finding.js';
import type { IndexLocation } from '../model/index-document.js';

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
