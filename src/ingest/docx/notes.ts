// Footnote and endnote texts (word/footnotes.xml, word/endnotes.xml) by id, read with the same inline
// walker as the body (tracked changes accepted, fields shown as their result). The separator "notes"
// Word keeps in these parts (w:type separator, continuationSeparator) are not notes.
import { collapse } from './body.js';
import { FieldState, walkInline } from './inline.js';
import { PageTracker } from './pages.js';
import { elements, type XmlElement } from './xml.js';

export function readNotes(root: XmlElement | undefined, noteName: 'w:footnote' | 'w:endnote'): Map<string, string> {
  const notes = new Map<string, string>();
  if (!root) return notes;
  // Notes sit at the foot of the page that cites them: their own breaks move no page of the body.
  const pages = new PageTracker();
  const fields = new FieldState();
  for (const note of elements(root)) {
    const id = note.attrs['w:id'];
    if (note.name !== noteName || id === undefined || (note.attrs['w:type'] ?? 'normal') !== 'normal') continue;
    let text = '';
    const paragraphs: string[] = [];
    const sink = { text: (piece: string) => (text += piece), footnote: () => undefined, textBox: () => undefined };
    for (const p of elements(note)) {
      text = '';
      walkInline(p, sink, pages, fields);
      paragraphs.push(text);
    }
    notes.set(id, collapse(paragraphs.join(' ')));
  }
  return notes;
}
