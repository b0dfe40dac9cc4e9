// Choosing among versions of one thing (a disclosure code, a topic) for a report's dates. One code can
// mean two things (`102-1`: 2016 "Name of the organization", 2025 "Transition plan ..."), so the choice
// must be explainable: the state says why the chosen version was taken.
import type { Effective, StandardStatus } from '../model/catalog.js';
import { adoptableEarly, inEffect, type ReportDates } from './dates.js';

export type ResolutionState = 'in-effect' | 'early-adoption' | 'superseded' | 'not-yet-effective' | 'unknown-date';

export interface Candidate<T> {
  item: T;
  effective: Effective;
  /** Year of the standard version: newer wins ties. */
  year: number;
  status: StandardStatus;
}

export interface Picked<T> {
  item: T;
  state: ResolutionState;
}

const newest = <T>(list: Candidate<T>[]): Candidate<T> => list.reduce((best, c) => (c.year >= best.year ? c : best));

/**
 * In effect (newest) > used early (newest) > most recently ended > soonest future.
 * `trustEarly`: the report printed this version's own title, so it is early use even before the issue date
 * we have; without a title, a version counts as early use only once issued.
 * Without dates: the newest version that is not in the future, state `unknown-date`.
 */
export function pickVersion<T>(candidates: Candidate<T>[], dates: ReportDates, trustEarly = false): Picked<T> | undefined {
  if (candidates.length === 0) return undefined;
  const judged = candidates.map((c) => ({ c, state: inEffect(c.effective, dates) }));
  if (judged.every((j) => j.state === 'unknown')) {
    const known = candidates.filter((c) => c.status !== 'future');
    return { item: newest(known.length > 0 ? known : candidates).item, state: 'unknown-date' };
  }
  const withState = (state: string) => judged.filter((j) => j.state === state).map((j) => j.c);

  const current = withState('in-effect');
  if (current.length > 0) return { item: newest(current).item, state: 'in-effect' };

  const future = withState('not-yet');
  const early = future.filter((c) => (trustEarly ? c.effective.earlyAdoption === true : adoptableEarly(c.effective, dates)));
  if (early.length > 0) return { item: newest(early).item, state: 'early-adoption' };

  const ended = withState('ended');
  if (ended.length > 0) {
    const last = ended.reduce((best, c) => ((c.effective.before ?? '') >= (best.effective.before ?? '') ? c : best));
    return { item: last.item, state: 'superseded' };
  }
  if (future.length > 0) {
    const soonest = future.reduce((best, c) => ((c.effective.from ?? '') < (best.effective.from ?? '') ? c : best));
    return { item: soonest.item, state: 'not-yet-effective' };
  }
  // Only versions whose basis date the report lacks: say so rather than guess.
  return { item: newest(candidates).item, state: 'unknown-date' };
}
