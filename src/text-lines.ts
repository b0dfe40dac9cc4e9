// Offsets <-> 1-based line/column, shared by ingest and migrate, the way micromark counts them: `\r\n`, `\r` and `\n` end a line,
// every UTF-16 code unit (a tab too) is one column. Built once per file, looked up by binary search.

export interface LineColumn {
  line: number;
  column: number;
}

export class LineIndex {
  /** Offset where each line starts; starts[0] = 0. */
  private readonly starts: number[] = [0];
  /** Lines in the text, not counting the empty "line" after a final line ending. */
  readonly lines: number;

  constructor(text: string) {
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
    const last = this.starts[this.starts.length - 1]!;
    this.lines = n === 0 ? 0 : last === n ? this.starts.length - 1 : this.starts.length;
  }

  /** Offset of a 1-based line and column, or undefined past the text's lines. */
  offset(line: number, column: number): number | undefined {
    const start = this.starts[line - 1];
    return start === undefined ? undefined : start + column - 1;
  }

  position(offset: number): LineColumn {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}
