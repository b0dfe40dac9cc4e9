// `(did you mean `published`?)` for a misspelt front matter key, from the keys the schema allows there.
import type { ErrorObject } from 'ajv';
import { isObject } from './front-matter-values.js';

/** Edit distance counting a swap of neighbours as one edit (`gir` -> `gri`). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * For an `additionalProperties` error: ` (did you mean \`x\`?)` when one allowed key is close, else
 * `; expected one of \`a\`, \`b\``. Empty for other errors.
 */
export function keySuggestion(schema: unknown, error: ErrorObject): string {
  const unknownKey = (error.params as { additionalProperty?: string }).additionalProperty;
  if (error.keyword !== 'additionalProperties' || !unknownKey) return '';
  let node: unknown = schema;
  const pointer = error.schemaPath.replace(/^#\/?/, '').split('/').slice(0, -1);
  for (const part of pointer) node = isObject(node) ? node[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  const allowed = isObject(node) && isObject(node.properties) ? Object.keys(node.properties) : [];
  const best = allowed
    .map((key) => ({ key, distance: editDistance(unknownKey.toLowerCase(), key) }))
    .sort((a, b) => a.distance - b.distance)[0];
  if (best && best.distance <= Math.max(1, Math.floor(best.key.length / 3))) return ` (did you mean \`${best.key}\`?)`;
  return allowed.length > 0 ? `; expected one of ${allowed.map((key) => `\`${key}\``).join(', ')}` : '';
}
