// `<!-- disclose: … -->` and `<!-- omit: … -->` ids, 2016 -> 2021. The position of each id comes from
// the report (ingest gives the line and column where the id is written); the id is checked against the
// file's text there, else searched for inside its own comment only. Within one comment an id is never
// written twice: 102-1, 102-3, 102-4 and 102-5 all become 2-1 once, 103-1 … 103-3 become one 3-3.
import type { Report } from '../../model/report.js';
import { decide, type Correspondence } from './decide.js';
import { Comments, Lines, writtenCode } from './text.js';
import type { MigrationChange, MigrationEdit, MigrationReview } from './types.js';
import { pushAll } from '../../arrays.js';

interface Item {
  file: string;
  line: number;
  column: number;
  raw: string;
  id?: string;
  topics: string[];
  requirements?: string[];
  /** [start, end) of `raw` in the file's text. */
  start: number;
  end: number;
}

export interface PlanOut {
  changes: MigrationChange[];
  review: MigrationReview[];
}

/** Each file's comments, indexed once (text.ts). */
class CommentFinder {
  private readonly files = new Map<string, Comments>();

  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  around(file: string, offset: number): { start: number; end: number } | undefined {
    let comments = this.files.get(file);
    if (!comments) this.files.set(file, (comments = new Comments(this.texts.get(file)!)));
    return comments.around(offset);
  }
}

/** Tags and omissions, one item per id as written (`GRI 3-3 (GRI 305, GRI 403)` yields two tags, one item). */
function itemsOf(report: Report, texts: ReadonlyMap<string, string>, lines: (file: string) => Lines, out: PlanOut): Map<string, Item[]> {
  const seen = new Map<string, Item>();
  const comments = new CommentFinder(texts);
  for (const d of [...report.tags, ...report.omissions]) {
    // Migrate rewrites a file's text: a tag without a line (read from a PDF or DOCX) is in none.
    if (d.line === undefined || d.column === undefined) continue;
    const key = `${d.file}\u0000${d.line}\u0000${d.column}`;
    const known = seen.get(key);
    if (known) {
      if (d.topic && !known.topics.includes(d.topic)) known.topics.push(d.topic);
      continue;
    }
    const text = texts.get(d.file);
    if (text === undefined) continue;
    let start = lines(d.file).offset(d.line, d.column);
    if (start === undefined || !text.startsWith(d.raw, start)) {
      // Not where the report says (a block quote's `>` markers, a changed file): look inside its comment.
      const comment = start === undefined ? undefined : comments.around(d.file, start);
      const found = comment ? text.indexOf(d.raw, comment.start) : -1;
      start = comment && found !== -1 && found + d.raw.length <= comment.end ? found : undefined;
    }
    if (start === undefined) {
      if (d.id) out.review.push({ file: d.file, line: d.line, column: d.column, source: 'directive', from: d.id, to: [], reason: `\`${d.raw}\` is not in the file's text at its position; migrate it by hand` });
      continue;
    }
    const item: Item = { file: d.file, line: d.line, column: d.column, raw: d.raw, topics: d.topic ? [d.topic] : [], start, end: start + d.raw.length };
    if (d.id) item.id = d.id;
    if (d.requirements) item.requirements = d.requirements;
    seen.set(key, item);
  }
  // Group by comment (appending in place: copying the group for each id was quadratic in a comment's ids).
  const groups = new Map<string, Item[]>();
  for (const item of seen.values()) {
    const comment = comments.around(item.file, item.start);
    const key = `${item.file}\u0000${comment?.start ?? item.start}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  for (const group of groups.values()) group.sort((a, b) => a.start - b.start);
  return groups;
}

const keyOf = (id: string, item: Item): string => `${id}|${[...item.topics].sort().join(',')}|${(item.requirements ?? []).join(',')}`;

/** The separator the writer uses between ids in this comment (`, ` by default). */
function separatorOf(text: string, group: Item[]): string {
  for (let i = 1; i < group.length; i++) {
    const between = text.slice(group[i - 1]!.end, group[i]!.start).trim();
    if (between !== '') return /^[\x20-\x7e]$/.test(between) ? `${between} ` : between;
  }
  return ', ';
}

function planComment(c: Correspondence, text: string, group: Item[], out: PlanOut): void {
  const decisions = group.map((item) => (item.id ? decide(c, item.id) : ({ kind: 'keep' } as const)));
  // Ids that stay as they are (not migrated) are present from the start, wherever they stand in the comment.
  const present = new Set<string>();
  group.forEach((item, i) => {
    if (decisions[i]!.kind !== 'replace' && item.id) present.add(keyOf(item.id, item));
  });
  const separator = separatorOf(text, group);
  const deleted = new Set<number>();
  const pending: { index: number; change: MigrationChange }[] = [];

  group.forEach((item, i) => {
    const decision = decisions[i]!;
    const where = { file: item.file, line: item.line, column: item.column, source: 'directive' as const };
    if (decision.kind === 'keep') return;
    const detail = decision.entry?.detail;
    const confidence = decision.entry?.confidence;
    const review = (reason: string, to: string[]): void => {
      out.review.push({ ...where, from: decision.from.id, fromTitle: decision.from.title, to, reason, ...(detail ? { detail } : {}), ...(confidence ? { confidence } : {}) });
      if (item.id) present.add(keyOf(item.id, item));
    };
    if (decision.kind === 'review') return review(decision.reason, decision.to);
    const toIds = decision.to.map((d) => d.id);
    if (item.requirements) return review(`names requirement items (${item.requirements.join(', ')}) of the 2016 disclosure, lettered differently in 2021; migrate it by hand`, toIds);
    if (decision.to.length > 1 && item.topics.length > 0) return review(`maps to ${toIds.join(', ')} and names a topic; split it by hand`, toIds);
    const written = writtenCode(item.raw);
    if (!written) return review(`\`${item.raw}\` is not written as a code this tool can rewrite; migrate it by hand`, toIds);

    const gained = decision.to.filter((d) => !present.has(keyOf(d.id, item)));
    for (const d of gained) present.add(keyOf(d.id, item));
    const base = {
      ...where,
      from: decision.from.id,
      fromTitle: decision.from.title,
      to: toIds,
      toTitles: decision.to.map((d) => d.title),
      before: item.raw,
      confidence: decision.entry.confidence,
      ...(detail ? { detail } : {}),
    };
    if (gained.length === 0) {
      deleted.add(i);
      pending.push({ index: i, change: { ...base, after: '', edits: [] } });
      return;
    }
    const next = written.prefix.trimStart();
    const code = gained.map((d, k) => (k === 0 ? d.code : `${next}${d.code}`)).join(separator);
    const codeStart = item.start + written.codeStart;
    const edit: MigrationEdit = { offset: codeStart, endOffset: codeStart + written.code.length, text: code };
    const after = item.raw.slice(0, written.codeStart) + code + written.rest;
    pending.push({ index: i, change: { ...base, after, edits: [edit] } });
  });

  const byIndex = new Map(pending.map((p) => [p.index, p]));
  // Dropped duplicates go with the separator before them (or, at the start of the list, the one after them).
  for (let i = 0; i < group.length; i++) {
    if (!deleted.has(i)) continue;
    let j = i;
    while (deleted.has(j + 1)) j++;
    // An id is dropped only when one kept or rewritten before or beside it says the same, so the list never empties.
    const after = group[j + 1];
    const range = i > 0 || !after ? { offset: i > 0 ? group[i - 1]!.end : group[i]!.start, endOffset: group[j]!.end } : { offset: group[i]!.start, endOffset: after.start };
    byIndex.get(i)!.change.edits.push({ ...range, text: '' });
    i = j;
  }
  pushAll(out.changes, pending.map((p) => p.change));
}

export function planDirectives(c: Correspondence, report: Report, texts: ReadonlyMap<string, string>, lines: (file: string) => Lines, out: PlanOut): void {
  for (const group of itemsOf(report, texts, lines, out).values()) planComment(c, texts.get(group[0]!.file)!, group, out);
}
