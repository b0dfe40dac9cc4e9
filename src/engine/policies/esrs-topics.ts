// Which ESRS standards a report's double-materiality assessment makes material. A standard is cross-cutting
// when its one group's `dimension` says so (ESRS 2; ESRS 1 has no requirements), topical otherwise. The
// report declares its material topics in front matter (`frameworks: { esrs: { material-topics: [E1, S1] } }`);
// without a declaration, the topical standards it cites, tags or omits are taken as material. Shared by the
// policy and the ESRS index layout (which marks the others' Appendix B datapoints "not material").
import type { Catalog, StandardDef } from '../../model/catalog.js';
import { inEffect, type ReportDates } from '../../catalog/index.js';
import type { PolicyInput } from './types.js';

/** The group dimension the catalog gives the cross-cutting standard (standards/esrs/, scripts/catalog-esrs.mjs). */
const CROSS_CUTTING = 'cross-cutting';

export interface EsrsMateriality {
  /** Every standard with requirements, in ESRS's order. */
  all: StandardDef[];
  crossCutting: StandardDef[];
  material: StandardDef[];
  notMaterial: StandardDef[];
  /** Whether the topics came from front matter (else from what the report cites). */
  declared: boolean;
}

/** ESRS's pillars in the order its standards are listed (ESRS 1 §4: environmental, social, governance). */
const PILLARS = 'ESG';

/** `ESRS 2` first, then E1 … E5, S1 … S4, G1: the order ESRS lists its standards (the catalog's is by name). */
function esrsOrder(a: StandardDef, b: StandardDef): number {
  const key = (s: StandardDef): number => {
    const m = /([A-Z]?)(\d+)$/.exec(s.topic);
    return m ? (m[1] ? PILLARS.indexOf(m[1]) + 1 : 0) * 100 + Number(m[2]) : 1000;
  };
  return key(a) - key(b);
}

/** The framework's standards in effect at the report's dates (one version each for now), in ESRS's order. */
export function applicableEsrs(catalog: Catalog, framework: string, dates: ReportDates): StandardDef[] {
  return catalog.standards.filter((s) => s.framework === framework && inEffect(s.effective, dates) !== 'ended').sort(esrsOrder);
}

const isCrossCutting = (standard: StandardDef): boolean => (standard.groups ?? []).some((g) => g.dimension === CROSS_CUTTING);

/** `E1`, `esrs e1`, `ESRS E1 Climate change` -> `ESRS E1`, the catalog's `topic`. */
export function esrsTopicOf(text: string, prefix: string): string | undefined {
  const m = /^\s*(?:[a-z]+\s+)?([esg])\s*(\d)\b/i.exec(text);
  return m ? `${prefix} ${m[1]!.toUpperCase()}${m[2]}` : undefined;
}

type MaterialityInput = Pick<PolicyInput, 'report' | 'catalog' | 'dates' | 'tags' | 'omissions' | 'indexRows'>;

export function esrsMateriality(input: MaterialityInput, framework: string): EsrsMateriality {
  const standards = applicableEsrs(input.catalog, framework, input.dates);
  const crossCutting = standards.filter(isCrossCutting);
  const topical = standards.filter((s) => !isCrossCutting(s) && s.disclosures.length > 0);
  const options = input.report.meta.frameworks[framework];
  const declaredList = typeof options === 'object' && options !== null ? (options as { 'material-topics'?: unknown })['material-topics'] : undefined;
  const prefix = topical[0]?.topic.split(' ')[0] ?? framework.toUpperCase();
  let topics: Set<string>;
  if (Array.isArray(declaredList)) {
    topics = new Set();
    for (const raw of declaredList.map(String)) {
      const topic = esrsTopicOf(raw, prefix);
      // The front-matter schema admits only E1-E5, S1-S4 and G1 (schemas/front-matter.schema.json).
      if (topic && topical.some((s) => s.topic === topic)) topics.add(topic);
    }
  } else {
    // Derived: every topical standard a tag, omission or index row resolves into.
    const cited = [...input.tags, ...input.omissions, ...input.indexRows].flatMap(({ resolution }) => (resolution ? [resolution.def.standard] : []));
    topics = new Set(topical.filter((s) => cited.includes(s.id)).map((s) => s.topic));
  }
  return {
    all: standards.filter((s) => s.disclosures.length > 0),
    crossCutting,
    material: topical.filter((s) => topics.has(s.topic)),
    notMaterial: topical.filter((s) => !topics.has(s.topic)),
    declared: Array.isArray(declaredList),
  };
}
