// Sheet names Excel accepts: at most 31 characters, none of []:*?/\, not starting or ending with an
// apostrophe, not the reserved "History", and unique in the workbook ignoring case. Excel refuses to
// open a file that breaks one of these, so every name passes through here.

const MAX_LENGTH = 31;
const FORBIDDEN = /[[\]:*?/\\\p{Cc}]/gu;
const RESERVED = 'history';

/** At most `count` UTF-16 units (what Excel counts), never splitting a character outside the BMP. */
function cut(text: string, count: number): string {
  let result = '';
  for (const char of text) {
    if (result.length + char.length > count) break;
    result += char;
  }
  return result;
}

/** A valid name close to `wanted` that is not in `taken` (lower-cased names); adds it to `taken`. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const trimmed = (text: string): string => text.replace(/^['\s]+|['\s]+$/g, '');
  let base = trimmed(cut(trimmed(wanted.replace(FORBIDDEN, '_').replace(/\s+/g, ' ')), MAX_LENGTH));
  if (base === '' || base.toLowerCase() === RESERVED) base = `${base || 'Sheet'} 1`.trim();
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) {
    const suffix = ` (${n})`;
    name = `${cut(base, MAX_LENGTH - suffix.length).trimEnd()}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}
