// Report metadata from several sources: config defaults, then each file's front matter in order.
import type { ReportMeta } from '../model/report.js';
import { isObject } from './front-matter-values.js';

/** Keys that would reach Object.prototype if copied naively into an object. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export const emptyMeta = (): ReportMeta => ({ frameworks: {} });

/**
 * Later keys override earlier ones; `frameworks` merges per framework, and within one framework per
 * key, so a config's `gri.claim` survives a file that only adds `gri.material-topics`.
 */
export function mergeMeta(base: ReportMeta, next: Partial<ReportMeta> | undefined): ReportMeta {
  if (!next) return base;
  const merged: ReportMeta = { ...base, frameworks: { ...base.frameworks } };
  for (const key of Object.keys(next)) {
    if (FORBIDDEN_KEYS.has(key) || key === 'frameworks') continue;
    const value = (next as Record<string, unknown>)[key];
    if (value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
  }
  const frameworks = next.frameworks ?? {};
  for (const key of Object.keys(frameworks)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    const before = merged.frameworks[key];
    const after = frameworks[key];
    if (after === undefined) continue;
    merged.frameworks[key] = isObject(before) && isObject(after) ? { ...before, ...after } : after;
  }
  return merged;
}
