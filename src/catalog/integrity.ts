// What a schema cannot check: ids agree with their codes and are unique per version, and every
// reference between standards and disclosures points at something that exists. The loader refuses a
// catalog with problems; the meta-tests assert there are none.
import type { Catalog, DisclosureDef } from '../model/catalog.js';
import type { DescriptorFile } from '../model/descriptor.js';
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
  // The 2016 claim options name standards and disclosures: each must exist in the catalog.
  const options = catalog.gri.claimOptions;
  if (options) {
    const general = standardById.get(options.generalStandard);
    for (const name of [options.standard, options.generalStandard]) if (!standardById.has(name)) problems.push(`claim options name unknown standard \`${name}\``);
    const inGeneral = new Set(general?.disclosures.map((d) => d.id));
    if (!byId.has(options.statementDisclosure)) problems.push(`claim options name unknown disclosure \`${options.statementDisclosure}\``);
    for (const option of Object.values(options.options)) {
      if (option.general === 'all') continue;
      for (const id of option.general) if (!inGeneral.has(id)) problems.push(`claim option ${option.label} names \`${id}\`, not a disclosure of \`${options.generalStandard}\``);
    }
  }
  return problems;
}

/** A descriptor file that passed its schema, with the path it came from (for messages). */
export interface LoadedDescriptorFile {
  label: string;
  file: DescriptorFile;
}

/**
 * Descriptors (standards/descriptors/) describe disclosures the catalog knows: each id names a disclosure of the
 * file's framework (catalog ids are canonical, so this also refuses a non-canonical id) and is described once
 * across all files. Each term appears once per list, whatever its case: checked here because ajv's uniqueItems
 * cost more than the rest of the descriptor check. Kept lean: `suggest` runs it on every invocation.
 */
export function descriptorProblems(files: readonly LoadedDescriptorFile[], byId: ReadonlyMap<string, readonly DisclosureDef[]>): string[] {
  const problems: string[] = [];
  const seenIn = new Map<string, string>();
  for (const { label, file } of files) {
    const where = (id: string) => `${label}: descriptor \`${id}\``;
    for (const { id, keywords, units } of file.descriptors) {
      const framework = byId.get(id)?.[0]?.framework;
      if (framework === undefined) problems.push(`${where(id)} names no disclosure in the catalog`);
      else if (framework !== file.framework) problems.push(`${where(id)} belongs to ${framework}, not to the file's framework ${file.framework}`);
      const first = seenIn.get(id);
      if (first !== undefined) problems.push(`${where(id)} is described twice (first in ${first})`);
      else seenIn.set(id, label);
      const twice = repeatedTerm(keywords.en) ?? repeatedTerm(keywords.zh) ?? (units ? repeatedTerm(units) : undefined);
      if (twice !== undefined) problems.push(`${where(id)} lists \`${twice}\` twice in one list`);
    }
  }
  return problems;
}

/** The first term listed twice (ignoring case), if any. Lists are short: a pairwise scan beats a Set. */
function repeatedTerm(terms: readonly string[]): string | undefined {
  for (let i = 1; i < terms.length; i++) {
    const term = terms[i]!;
    for (let j = 0; j < i; j++) {
      const other = terms[j]!;
      if (other.length === term.length && (other === term || other.toLowerCase() === term.toLowerCase())) return term;
    }
  }
  return undefined;
}
