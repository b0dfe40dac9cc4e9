// Every limit on the size and shape of input, in one place (issue 11, items 7, 8 and 10). The Markdown
// parser (micromark + mdast-util-from-markdown) costs more than linear time and about 2.5 KB of memory per
// character of one block: a 7 MB table of 500 columns aborts V8 after 4.5 GB, a 528 KB paragraph of links
// and emphasis takes 47 s. Chunking (ingest/markdown/chunks.ts) keeps the whole file linear; these limits bound what
// chunking cannot cut. Each is far above any real report and was measured to stay cheap at the limit
// (2-core machine, `npm run bench` robustness rows; README "Robustness").

/** Largest report read, one file or all its files together; re-exported from decode.ts. */
export const MAX_REPORT_BYTES = 16 * 1024 * 1024;

/**
 * Characters of one paragraph (a run of lines without a blank one, outside code and HTML blocks): text
 * extracted from a PDF often has no blank line at all (a real 200 KB report is one paragraph). 1 Mi
 * characters of plain words parse in about 2 s and 0.4 GB.
 */
export const MAX_PARAGRAPH_CHARS = 1024 * 1024;

/**
 * Emphasis, link and code marks in one paragraph or cell (runs of `*`, `_`, `~` or `` ` ``, and `[`, `]`,
 * `<`): micromark pairs them up in time that grows with the square of their number. A 528 KB paragraph of
 * `word [x](y) *e*` (130,000 marks) took 47 s, `a_b c_d` ×50,000 100 s; 10,000 marks take about a second.
 * Real reports have a few hundred (the three real reports in ../shared/corpus: 1, 8 and 62).
 */
export const MAX_PARAGRAPH_MARKS = 10_000;

/** Characters of one table cell: cells are inline text like a paragraph, and cost the same. */
export const MAX_CELL_CHARS = 100_000;

/** Columns of one table: a content index has four to eight. */
export const MAX_TABLE_COLUMNS = 200;

/**
 * Characters of one top-level list, block quote or table, which chunking cannot cut (a list whose items
 * are indented under one item is one block). A real content index of 300 rows is about 60,000 characters; 256 Ki
 * characters of table or nested list parse in about 6 s and 0.7 GB.
 */
export const MAX_BLOCK_CHARS = 256 * 1024;

/** Characters of a file's YAML front matter: real front matter is under 2 KB; 1 Mi characters parse in about 3 s. */
export const MAX_FRONT_MATTER_CHARS = 1024 * 1024;

/**
 * Nodes that YAML aliases (`*name`) may add when expanded, in front matter and configs together with the
 * anchors they copy: 48 aliases of a large anchor used 1.3 GB while staying under an alias count.
 */
export const MAX_YAML_ALIAS_NODES = 10_000;

/** Bytes of a config, baseline or template file: the same limit as a report. */
export const MAX_USER_FILE_BYTES = MAX_REPORT_BYTES;

/** Characters of report or user text echoed back in a message before it is cut with `…`. */
export const MAX_ECHO_CHARS = 80;

/** Length of one `ignore` glob, and `*`/`?` wildcards in it: picomatch's regular expressions backtrack. */
export const MAX_GLOB_CHARS = 256;
export const MAX_GLOB_WILDCARDS = 8;

/**
 * Uncompressed bytes of one part read from a DOCX package (word/document.xml, styles, numbering, notes,
 * properties). A 300-page report's document.xml is a few MB; a ZIP entry may inflate a thousandfold, so
 * both the size an entry declares and the bytes actually inflated are held to this (a zip bomb stops
 * here, in bounded time and memory). Measured: a 26 MB document.xml (3,000 pages) is read in 3.5–4.5 s at
 * 475 MB peak, so a document at the cap costs about 6 s and 600 MB; an 80 MiB bomb is refused in
 * 0.2 s (declared size) or 0.6 s (lying size: inflating stops at the cap).
 */
export const MAX_DOCX_PART_BYTES = 32 * 1024 * 1024;

/**
 * Elements (start tags) in one DOCX part. Within the byte cap, 30 MB of empty paragraphs (`<w:p/>`, five
 * million elements) took 56 s and 2.7 GB; one million take about 4 s and 310 MB. A 300-page report has
 * under 100,000 (a generated 600-page document: 69,000 in 2.6 MB).
 */
export const MAX_DOCX_XML_ELEMENTS = 1_000_000;

/** Depth of nested XML elements in a DOCX part (tables in tables, fields in fields): Word itself nests far fewer. */
export const MAX_DOCX_XML_DEPTH = 256;

/**
 * Bytes of a PDF report (issue 13): published reports are often 20–60 MB of images around 1 MB of text, so
 * MAX_REPORT_BYTES (a Markdown file's limit) would refuse most of them. Images are never decoded
 * (pdfjs-dist's maxImageSize), so a PDF's cost follows its pages and text, bounded by the two limits below;
 * decode.ts applies this limit only to files that start as a PDF does, and text stays at MAX_REPORT_BYTES.
 */
export const MAX_PDF_BYTES = 200 * 1024 * 1024;

/** Pages of one PDF read (a PDF bomb declares millions): the longest real reports have 300–400. Configurable. */
export const MAX_PDF_PAGES = 2_000;

/** Time one PDF may take to read, milliseconds: a 300-page report takes a few seconds. Configurable. */
export const PDF_TIMEOUT_MS = 120_000;
