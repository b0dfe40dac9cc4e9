// Strings the Report keeps, copied out of the file's text. In V8 a substring of 13 characters or more
// (what `slice`, `trim` and a parser's node values return) is a view that keeps its whole parent string
// alive; a Report whose section titles and cell texts were such views kept the file's full text (20 MB
// for a 10 MB report read as UTF-16) for as long as the Report lived, after parsing was over.
//
// Why this way: JavaScript has no "copy this string" operation. Prepending one character makes a
// concatenation, and slicing that flattens it into a new string of its own: the same characters
// (exactly, whatever they are), no reference to the file's text.

/** The same string, not holding on to the text it was cut from. */
export function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
