// What a schema cannot check: ids agree with their codes and are unique per version, and every
// reference between standards and disclosures points at something that exists. The loader refuses a
// catalog with problems; the meta-tests assert there are none.
import type { Catalog } from '../model/catalog.js';
import { parseDisclosureId } from '../model/ids.js';

export function catalogProblems(catalog: Catalog): string[] {
  const problems: string[] = [];
  const { standardById, byId } = catalog;
  for (const standard of catalog.standards) {
    const where = `\`${standard.id}\``;
    const seen = new Set<string>();
    for (const def of standard.disclosures) {
      if (seen.has(def.id)) problems.push(`${where} lists \`${def.id}\` twice`);
      seen.add(def.id);
      // The id is the canonical form of the printed code (contracts.md §2).
      const parsed = parseDisclosureId(def.id);
      if (!parsed || parsed.id !== def.id || parsed.code !== def.code || parsed.framework !== def.framework) {
        problems.push(`${where}: \`${def.id}\` is not the canonical id of code \`${def.code}\``);
      }
      for (const item of def.requirements) {
        if (!item.id.startsWith(`${def.code}-`)) problems.push(`${where}: requirement \`${item.id}\` does not belong to \`${def.code}\``);
      }
      for (const target of def.supersededBy) {
        if (!byId.has(target)) problems.push(`${where}: \`${def.id}\` is superseded by unknown \`${target}\``);
      }
      if (def.supersededByStandard && !standardById.has(def.supersededByStandard)) {
        problems.push(`${where}: \`${def.id}\` is superseded by unknown standard \`${def.supersededByStandard}\``);
      }
    }
    for (const target of standard.supersededBy) {
      const other = standardById.get(target);
      if (!other) problems.push(`${where} is superseded by unknown \`${target}\``);
      else if (!other.supersedes.includes(standard.id)) problems.push(`\`${target}\` does not list ${where} in supersedes`);
    }
    for (const target of standard.supersedes) {
      const other = standardById.get(target);
      if (!other) problems.push(`${where} supersedes unknown \`${target}\``);
      else if (!other.supersededBy.includes(standard.id)) problems.push(`\`${target}\` does not list ${where} in supersededBy`);
    }
  }
  for (const [id, versions] of byId) {
    for (const def of versions) if (!standardById.has(def.standard)) problems.push(`\`${id}\` belongs to unknown standard \`${def.standard}\``);
  }
  return problems;
}
