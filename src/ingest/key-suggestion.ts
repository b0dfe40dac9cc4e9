// `(did you mean `published`?)` for a misspelt front matter key, from the keys the schema allows there.
import type { ErrorObject } from 'ajv';
import { distance as levenshtein } from 'fastest-levenshtein';
import { isObject } from './front-matter-values.js';

/** True when `b` is `a` with two neighbouring characters swapped (`gir` -> `gri`). */
function isOneSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * Edit distance counting a swap of neighbours as one edit, as people mistype keys. Levenshtein comes from
 * fastest-levenshtein (it counts a swap as two edits); only the swap is checked here.
 */
function editDistance(a: string, b: string): number {
  return isOneSwap(a, b) ? 1 : levenshtein(a, b);
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
