// The closed set of index layouts (INDEX_LAYOUTS in src/model/framework-def.ts): which rows and groups a
// framework's content index holds. A framework's registry entry (standards/frameworks.json) names its
// layout, so a framework that fits an existing one needs no code.
import type { IndexLayoutId } from '../../model/framework-def.js';
import type { IndexLayoutData } from '../../model/index-data.js';
import type { Analysis } from '../analysis.js';
import { chaptersLayout } from './chapters.js';
import { esrsLayout } from './esrs.js';
import { griLayout } from './gri.js';
import { guidelineLayout } from './guideline.js';
import { hkexLayout } from './hkex.js';
import { paragraphsLayout } from './paragraphs.js';
import { sasbLayout } from './sasb.js';

export type IndexLayout = (analysis: Analysis, framework: string) => IndexLayoutData;

export const INDEX_LAYOUT_BUILDERS: Record<IndexLayoutId, IndexLayout> = {
  gri: griLayout,
  sasb: sasbLayout,
  guideline: guidelineLayout,
  hkex: hkexLayout,
  paragraphs: paragraphsLayout,
  esrs: esrsLayout,
  chapters: chaptersLayout,
};
