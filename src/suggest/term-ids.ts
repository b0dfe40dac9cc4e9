// Terms as small integers, so that a report's sections hold their terms in typed arrays instead of
// arrays of strings and Sets (issue 15, item 5): on a 10 MB report (12,000 sections) the per-section
// string arrays and Sets were about 70 MB that `suggest` kept alive while it ranked; as ids they are a
// fraction of that. One vocabulary per report, shared by all its sections (and by any subset of them
// that a search index is built on).

/** Term ↔ id, ids given in order of first sight from 0. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.ids.size;
  }

  /** The term's id, given one if it is new. */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) this.ids.set(term, (id = this.ids.size));
    return id;
  }

  /** The term's id, or undefined when no section uses it. */
  lookup(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** Ids of `terms`, repeats kept. */
  internAll(terms: readonly string[]): Uint32Array {
    const out = new Uint32Array(terms.length);
    for (let i = 0; i < terms.length; i++) out[i] = this.intern(terms[i]!);
    return out;
  }
}

/** What scoring asks of a section's terms: membership only. */
export interface TermSet {
  has(term: string): boolean;
}

/** Distinct ids in ascending order (binary search), from any number of id lists. */
export function distinctIds(...lists: readonly Uint32Array[]): Uint32Array {
  let length = 0;
  for (const list of lists) length += list.length;
  const all = new Uint32Array(length);
  let at = 0;
  for (const list of lists) {
    all.set(list, at);
    at += list.length;
  }
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i]!;
  // A copy, so the longer array with repeats is not kept alive behind a view.
  return all.slice(0, n);
}

export function includesId(sorted: Uint32Array, id: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const value = sorted[mid]!;
    if (value === id) return true;
    if (value < id) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

/** A set of terms stored as sorted ids of `vocabulary`. */
export class IdSet implements TermSet {
  constructor(
    private readonly vocabulary: Vocabulary,
    /** Distinct ids, ascending (distinctIds). */
    readonly ids: Uint32Array,
  ) {}

  has(term: string): boolean {
    const id = this.vocabulary.lookup(term);
    return id !== undefined && includesId(this.ids, id);
  }
}
