// YAML aliases (`*name`) are copies of their anchor's node once converted to JS values, so 48 aliases of
// a large anchor use gigabytes while staying under yaml's `maxAliasCount`, which counts aliases, not what
// they copy. This counts what they copy: the nodes every alias adds when expanded, nested aliases included,
// in time linear in the document (each node's expanded size is computed once).
import { isAlias, isCollection, isPair, isScalar, type Document, type Node } from 'yaml';
import { MAX_YAML_ALIAS_NODES } from './limits.js';

export { MAX_YAML_ALIAS_NODES };

/**
 * Nodes that the document's aliases add when it is converted to JS values, counted up to just over
 * `limit` (the count stops growing once past it, so a billion-laughs document is cheap to measure).
 */
export function aliasExpansion(doc: Document.Parsed, limit = MAX_YAML_ALIAS_NODES): number {
  const sizes = new Map<unknown, number>();
  const inProgress = new Set<unknown>();
  let added = 0;
  // Expanded node count of `node`; aliases inside count their anchor's expanded size.
  const sizeOf = (node: unknown): number => {
    if (node === null || node === undefined || isScalar(node)) return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (isAlias(node)) {
      const target = node.resolve(doc);
      // An alias to its own ancestor (a cycle) is refused by yaml itself when converting; count it once.
      if (!target || inProgress.has(target)) return 1;
      const size = sizeOf(target);
      added = Math.min(limit + 1, added + size);
      return size;
    }
    inProgress.add(node);
    let size = 1;
    if (isPair(node)) size += sizeOf(node.key) + sizeOf(node.value);
    else if (isCollection(node)) for (const item of node.items) size = Math.min(Number.MAX_SAFE_INTEGER, size + sizeOf(item));
    inProgress.delete(node);
    sizes.set(node, size);
    return size;
  };
  sizeOf(doc.contents as Node | null);
  return added;
}
