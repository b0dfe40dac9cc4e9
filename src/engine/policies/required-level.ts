// The one place that says which levels a framework requires: encouraged and voluntary items are listed
// (indexes, suggestions) but never counted as required, nor reported as missing.
import type { DisclosureLevel } from '../../model/catalog.js';

const NOT_REQUIRED: ReadonlySet<DisclosureLevel> = new Set(['encouraged', 'voluntary']);

export const isRequiredLevel = (level: DisclosureLevel): boolean => !NOT_REQUIRED.has(level);
