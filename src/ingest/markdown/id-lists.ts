// The values inside directives: lists of ids (`GRI 2-9, gri 3-3 (GRI 305)；HKEX A1.1`) and page
// numbers. Pure string work on offsets, so every id keeps its own position in the file.
import type { FrameworkId } from '../../model/catalog.js';
import { parseDisclosureId, parseGriTopic } from '../../model/ids.js';

// `,` and `;` (contracts.md §1), their fullwidth forms, and the ideographic comma of CJK lists.
const ID_SEPARATORS = new Set([',', ';', '，', '；', '、']);
const MAX_PAGE = 1_000_000;

export interface Piece {
  text: string;
  offset: number;
}

/** `source[start, end)` without surrounding white space, and where that starts. */
export function trimmedPiece(source: string, start: number, end: number): Piece {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(source[s]!)) s++;
  while (e > s && /\s/.test(source[e - 1]!)) e--;
  return { text: source.slice(s, e), offset: s };
}

/** Splits `source[start, end)` at separators outside parentheses (`GRI 3-3 (GRI 305, GRI 403)` is one). */
function splitTopLevel(source: string, start: number, end: number, separators: Set<string>): Piece[] {
  const pieces: Piece[] = [];
  let depth = 0;
  let from = start;
  for (let i = start; i < end; i++) {
    const c = source[i]!;
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
    else if (depth === 0 && separators.has(c)) {
      pieces.push(trimmedPiece(source, from, i));
      from = i + 1;
    }
  }
  pieces.push(trimmedPiece(source, from, end));
  return pieces.filter((p) => p.text !== '');
}

export interface ParsedItem {
  raw: string;
  id?: string;
  framework?: FrameworkId;
  topics?: string[];
  requirements?: string[];
}

/** An item letter (and roman sub-item) after a code: `2-21-b`, `2-21-b-ii`. */
const ITEM_SUFFIX = /^(.*\d)-([a-z](?:-[ivx]{1,4})?)$/i;

/**
 * One id as written: `GRI 2-9`, `gri 3-3 (GRI 305)`, `GRI 2-21 (a, b)`, or a bare `2-10` after a GRI id
 * in the same directive (the framework carries forward).
 */
function parseItem(raw: string, previous: FrameworkId | undefined): ParsedItem {
  const asId = (text: string) => parseDisclosureId(text) ?? (previous && /^[0-9a-z]/i.test(text) ? parseDisclosureId(text, previous) : undefined);
  // Parentheses that belong to the id itself (`IFRS S2 29(a)`, `TCFD Governance (a)`) are not a topic
  // or requirement list: the whole text is tried as an id first.
  const whole = /[(（]/.test(raw) ? asId(raw) : undefined;
  const paren = whole ? null : /^([^(（]*?)\s*[(（]([^()（）]*)[)）]\s*$/.exec(raw);
  const idText = paren ? paren[1]! : raw;
  const parsed = whole ?? asId(idText);
  const item: ParsedItem = { raw };
  if (parsed) {
    item.id = parsed.id;
    item.framework = parsed.framework;
  }
  if (!parsed && !paren) {
    // `GRI 2-21-b` (an item's own id, as the catalog and GRI's taxonomy write it) is `GRI 2-21 (b)`.
    const suffix = ITEM_SUFFIX.exec(raw);
    const owner = suffix ? asId(suffix[1]!) : undefined;
    if (suffix && owner) {
      item.id = owner.id;
      item.framework = owner.framework;
      item.requirements = [suffix[2]!.toLowerCase()];
    }
  }
  if (paren) {
    const inner = paren[2]!.split(/[,;，；、]/).map((s) => s.trim()).filter(Boolean);
    const topics = inner.map((s) => parseGriTopic(s));
    // `(GRI 305)` names material topics; anything else (`(a, b)`) names requirement items.
    if (inner.length > 0 && topics.every((t) => t !== undefined)) item.topics = topics as string[];
    else if (inner.length > 0) item.requirements = inner;
  }
  return item;
}

/** The ids of a `disclose:` or `omit:` value, each with the offset where it is written. */
export function parseItems(source: string, start: number, end: number): (ParsedItem & { offset: number })[] {
  let previous: FrameworkId | undefined;
  return splitTopLevel(source, start, end, ID_SEPARATORS).map((piece) => {
    const item = parseItem(piece.text, previous);
    previous = item.framework ?? previous;
    return { ...item, offset: piece.offset };
  });
}

/**
 * `34`, `３４` -> 34; a roman numeral (`iv`) -> undefined (an unnumbered front page); anything else,
 * 0 or over a million -> 'bad'.
 */
export function pageOf(value: string): number | undefined | 'bad' {
  const text = value.normalize('NFKC').trim();
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    return n >= 1 && n <= MAX_PAGE ? n : 'bad';
  }
  // Front pages numbered i, ii, iv … have no arabic number: what follows is on no numbered page.
  if (/^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i.test(text)) return undefined;
  return 'bad';
}
