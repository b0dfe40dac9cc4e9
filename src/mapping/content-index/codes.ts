// GRI codes as printed in index cells (`2-1`, `GRI 2-1`, `GRI 102-14`, `Disclosure 305-1`,
// `2-1 Organizational details`, `2-1组织详细情况`, `305-1、305-2`) and standards' names as printed in
// group label rows (`GRI 2: General Disclosures 2021`). Syntax only: whether a code exists is the
// catalog's business; "GRI-shaped" means the number of a GRI series (2, 3, 101–499) and a disclosure.
import { parseDisclosureId } from '../../model/ids.js';

export interface CodeMatch {
  /** Canonical id (`GRI 2-1`). */
  id: string;
  /** `[start, end)` of the code as printed (with its `GRI ` prefix) in the searched text. */
  start: number;
  end: number;
}

export interface CodeCell {
  codes: CodeMatch[];
  /** The text after the codes, separators trimmed (`Organizational details`); '' when none. */
  title: string;
  /** Where `title` starts in the searched text. */
  titleStart: number;
}

const DASH = '[-‐‑‒–—―−－﹣]';
const DIGIT = '[0-9０-９]';
// Decorations before the code (`● 2-1`, `(2-1)`), and the words that may introduce it.
const LEAD = /[^\p{L}\p{N}]*(?:(?:gri ?)?(?:disclosures?|披露项?|指标) ?[:：]? ?)?/iuy;
const CODE = new RegExp(`(?:gri ?[-:：]? ?)?(${DIGIT}{1,3}) ?${DASH} ?(${DIGIT}{1,2})(?!${DIGIT})`, 'iy');
// Requirement letters after a code (`2-21-a`, `305-1 (a, b)`), which are not a title.
const REQUIREMENTS = /(?:[-.][a-z](?![\p{L}])| ?[(（] ?[a-z](?: ?[-–,、，] ?[a-z])* ?[)）])/iuy;
const BETWEEN = / ?(?:[,，、/;；&+]|and|及|和|与) ?| /iy;
const TITLE_LEAD = /[\s:：.．、,，\-–—|)）\]]*/y;
const FULLWIDTH_DIGITS = /[０-９]/g;

const ascii = (digits: string): number => Number(digits.replace(FULLWIDTH_DIGITS, (d) => String(d.charCodeAt(0) - 0xff10)));

/** The series numbers that GRI disclosures have: 2, 3 (GRI 2 and 3), 101–499 (topic standards, 2016 universal). */
export function isGriShaped(series: number, disclosure: number): boolean {
  return (series === 2 || series === 3 || (series >= 101 && series <= 499)) && disclosure >= 1;
}

function codeAt(text: string, at: number): (CodeMatch & { next: number }) | undefined {
  CODE.lastIndex = at;
  const m = CODE.exec(text);
  if (!m) return undefined;
  const series = ascii(m[1]!);
  const disclosure = ascii(m[2]!);
  if (!isGriShaped(series, disclosure)) return undefined;
  const id = parseDisclosureId(`${series}-${disclosure}`, 'gri')?.id;
  if (!id) return undefined;
  let next = CODE.lastIndex;
  REQUIREMENTS.lastIndex = next;
  if (REQUIREMENTS.exec(text)) next = REQUIREMENTS.lastIndex;
  return { id, start: m.index, end: CODE.lastIndex, next };
}

/**
 * The GRI codes a cell starts with, and the title after them; undefined when the cell does not start
 * with a GRI-shaped code. White space in `text` is expected to be collapsed (cell text is).
 */
export function parseCodeCell(text: string): CodeCell | undefined {
  LEAD.lastIndex = 0;
  LEAD.exec(text);
  const first = codeAt(text, LEAD.lastIndex);
  if (!first) return undefined;
  const codes: CodeMatch[] = [{ id: first.id, start: first.start, end: first.end }];
  let at = first.next;
  for (;;) {
    BETWEEN.lastIndex = at;
    if (!BETWEEN.exec(text)) break;
    const more = codeAt(text, BETWEEN.lastIndex);
    if (!more) break;
    codes.push({ id: more.id, start: more.start, end: more.end });
    at = more.next;
  }
  TITLE_LEAD.lastIndex = at;
  TITLE_LEAD.exec(text);
  const titleStart = TITLE_LEAD.lastIndex;
  return { codes, title: text.slice(titleStart).trim(), titleStart };
}

/** Where each code of a cell stands in its raw source (markup around it, `**2-1**`): `[start, end)` pairs. */
export function codesInSource(raw: string, count: number): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const search = new RegExp(CODE.source, 'gi');
  for (let m = search.exec(raw); m && found.length < count; m = search.exec(raw)) {
    if (isGriShaped(ascii(m[1]!), ascii(m[2]!))) found.push([m.index, m.index + m[0].length]);
  }
  return found;
}

// `GRI 2: General Disclosures 2021`, `GRI 305 Emissions 2016`, `GRI 3：实质性议题 2021`, `GRI 2`,
// but not a code (`GRI 2-1`); or a name ending in a standard's year (`General Disclosures 2021`).
// `GRI 200 Economic`, `GRI 300` name a series of standards (2016 indexes), not a standard: no label.
const GRI_NAME = new RegExp(`^gri ?(${DIGIT}{1,3})(?!${DIGIT}| ?${DASH} ?${DIGIT})`, 'i');
const YEAR_AT_END = / ?(?:19|20)\d{2}$/;

/** Whether a cell alone in its row names a standard (a group label), rather than a section of the index. */
export function isStandardName(text: string): boolean {
  const named = GRI_NAME.exec(text);
  if (named) {
    const number = ascii(named[1]!);
    return number < 100 || number % 100 !== 0;
  }
  const year = YEAR_AT_END.exec(text);
  const name = year ? text.slice(0, year.index) : '';
  return /\p{L}/u.test(name) && !/\d/.test(name);
}
