// The text of one paragraph as Word shows it with tracked changes accepted: insertions and moved-to text
// kept, deletions and moved-from text dropped, comments left out, a field's displayed result kept and its
// code (`PAGEREF _Toc1 \h`) dropped, content controls (`w:sdt`) read through, a text box read once (the
// `mc:Choice` of an AlternateContent, whose `mc:Fallback` repeats it for older readers). Breaks go to the
// page tracker as they come, so a paragraph knows the pages it starts and ends on.
import type { PageTracker } from './pages.js';
import { child, elements, isOn, val, type XmlElement } from './xml.js';

/** Where a paragraph's content goes as the walker finds it. */
export interface InlineSink {
  text(piece: string): void;
  footnote(kind: 'footnote' | 'endnote', id: string): void;
  /** A text box's content (`w:txbxContent`): read by the caller as blocks of their own. */
  textBox(content: XmlElement): void;
}

/** Elements whose content is dropped entirely. */
const DROPPED = new Set([
  'w:del', 'w:moveFrom', 'w:delText', 'w:delInstrText', 'w:instrText',
  'w:commentReference', 'w:annotationRef', 'w:commentRangeStart', 'w:commentRangeEnd',
  'w:rPr', 'w:pPr', 'w:sdtPr', 'w:sdtEndPr', 'w:footnoteRef', 'w:endnoteRef', 'w:separator',
  'w:continuationSeparator', 'mc:Fallback', 'w:fldData', 'w:bookmarkStart', 'w:bookmarkEnd', 'w:proofErr',
]);

/**
 * Complex fields (`w:fldChar` begin … separate … end) may span runs and paragraphs; their state lives here,
 * one per part. Text shows only when every open field is past its separator (in its result).
 */
export class FieldState {
  private readonly stack: boolean[] = [];

  char(type: string | undefined): void {
    if (type === 'begin') this.stack.push(false);
    else if (type === 'separate' && this.stack.length > 0) this.stack[this.stack.length - 1] = true;
    else if (type === 'end') this.stack.pop();
  }

  get shown(): boolean {
    return this.stack.every((inResult) => inResult);
  }
}

/** Where a hidden run's content goes: nowhere (a note cited only in hidden text is not printed either). */
const HIDDEN: InlineSink = { text: () => undefined, footnote: () => undefined, textBox: () => undefined };

export function walkInline(node: XmlElement, sink: InlineSink, pages: PageTracker, fields: FieldState): void {
  for (const element of elements(node)) {
    const name = element.name;
    if (DROPPED.has(name)) continue;
    switch (name) {
      case 'w:t':
      case 'm:t':
        if (fields.shown) sink.text(element.children.filter((c): c is string => typeof c === 'string').join(''));
        break;
      case 'w:tab':
      case 'w:ptab':
      case 'w:cr':
        if (fields.shown) sink.text(' ');
        break;
      case 'w:br':
        if (element.attrs['w:type'] === 'page') pages.explicitBreak();
        else if (fields.shown) sink.text(' ');
        break;
      case 'w:lastRenderedPageBreak':
        pages.renderedBreak();
        break;
      case 'w:noBreakHyphen':
        if (fields.shown) sink.text('-');
        break;
      case 'w:fldChar':
        fields.char(element.attrs['w:fldCharType']);
        break;
      case 'w:footnoteReference':
      case 'w:endnoteReference':
        if (element.attrs['w:id'] !== undefined) sink.footnote(name === 'w:footnoteReference' ? 'footnote' : 'endnote', element.attrs['w:id']);
        break;
      case 'w:txbxContent':
        sink.textBox(element);
        break;
      case 'w:r': {
        const size = Number(val(child(element, 'w:rPr'), ['w:sz']));
        if (Number.isInteger(size)) pages.runSize(size);
        // Hidden text (`w:vanish`) is neither shown nor printed; its breaks and field marks still count.
        if (isOn(child(child(element, 'w:rPr'), 'w:vanish'))) walkInline(element, HIDDEN, pages, fields);
        else walkInline(element, sink, pages, fields);
        break;
      }
      default:
        // Runs, insertions, hyperlinks, smart tags, simple fields (their runs are the result), content
        // controls, drawings on the way to a text box: read through.
        walkInline(element, sink, pages, fields);
    }
  }
}
