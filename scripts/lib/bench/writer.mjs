// Accumulates a generated report block by block: numbered chapters (top-level `#` headings, where ingest
// may cut a large file into pieces), `<!-- page: N -->` markers every printed page's worth of text, and
// where each disclosure was tagged (section title and page), for the content index at the end.

const PAGE_BYTES = [2600, 3600];

export class ReportWriter {
  constructor(random) {
    this.random = random;
    this.chapters = [];
    this.page = 1;
    this.sincePage = 0;
    this.pageBudget = random.int(...PAGE_BYTES);
    this.bytes = 0;
    /** Canonical id -> [{ title, page }] in report order. */
    this.locations = new Map();
    this.numbers = [];
    this.heading = '';
    /** Shorter sections, for small targets (set by the generator). */
    this.terse = false;
  }

  /** Starts chapter n (`# n Title`); `slug` names its file when the report is split (default: from the title). */
  chapter(title, slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')) {
    this.numbers = [this.chapters.length + 1];
    const text = `${this.numbers[0]} ${title}`;
    this.chapters.push({ title, slug, blocks: [], bytes: 0 });
    this.#heading(1, text);
    return text;
  }

  /** A numbered heading one level below the current one at `level` (2 = `## n.m`, 3 = `### n.m.k`). */
  section(level, title) {
    this.numbers = this.numbers.slice(0, level);
    while (this.numbers.length < level) this.numbers.push(0);
    this.numbers[level - 1] += 1;
    const text = `${this.numbers.join('.')} ${title}`;
    this.#heading(level, text);
    return text;
  }

  /** A `disclose:` directive for `ids`, recorded at the current section and page. */
  tag(ids, separator = ', ') {
    for (const id of ids) {
      const list = this.locations.get(id) ?? [];
      list.push({ title: this.heading, page: this.page });
      this.locations.set(id, list);
    }
    return `<!-- disclose: ${ids.join(separator)} -->`;
  }

  block(text) {
    const chapter = this.chapters[this.chapters.length - 1];
    if (this.sincePage >= this.pageBudget) {
      // A full-page photo or chart now and then: the next page number skips one.
      this.page += this.random.chance(0.15) ? 2 : 1;
      this.sincePage = 0;
      this.pageBudget = this.random.int(...PAGE_BYTES);
      this.#push(chapter, `<!-- page: ${this.page} -->`);
    }
    this.#push(chapter, text);
    this.sincePage += Buffer.byteLength(text);
  }

  #heading(level, text) {
    this.block(`${'#'.repeat(level)} ${text}`);
    this.heading = text;
  }

  #push(chapter, text) {
    const bytes = Buffer.byteLength(text) + 2;
    chapter.blocks.push(text);
    chapter.bytes += bytes;
    this.bytes += bytes;
  }
}
