// How well a laid-out document (src/ingest/layout/document.ts) matches the ground truth of a generated test
// document (test/fixtures/documents/truth.json): headings precision/recall, sections on the right printed
// page, printed page numbers, content-index rows read. Shared by `npm run eval:layout` and
// test/ingest/documents.test.ts so both report the same figures.

/** Compare text as a reader may print it: NFKC, CJK radicals folded by NFKC where it can, no white space, lower case. */
export function normalise(text) {
  return String(text).normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

function printedOf(page) {
  if (!page) return null;
  return page.label ?? page.number ?? null;
}

/** One-to-one matching of found headings to true ones by normalised text, in reading order. */
function matchHeadings(truth, found) {
  const pool = new Map();
  truth.forEach((h, i) => {
    const key = normalise(h.text);
    pool.set(key, [...(pool.get(key) ?? []), i]);
  });
  const pairs = [];
  const unmatched = [];
  for (const block of found) {
    const queue = pool.get(normalise(block.text));
    if (queue?.length) pairs.push({ truth: truth[queue.shift()], found: block });
    else unmatched.push(block);
  }
  return { pairs, unmatched };
}

/** A row of a laid-out table holds a truth row when one cell starts with its code and one holds its location. */
function rowHolds(cells, row) {
  const code = normalise(row.code);
  const hasCode = cells.some((c) => {
    const n = normalise(c).replace(/^gri/, '');
    return n === code || (n.startsWith(code) && !/[\d.-]/.test(n.charAt(code.length)));
  });
  return hasCode && cells.some((c) => normalise(c) === normalise(row.location));
}

export function scoreDocument(truth, doc) {
  const headingBlocks = doc.blocks.filter((b) => b.kind === 'heading');
  const { pairs, unmatched } = matchHeadings(truth.headings, headingBlocks);
  const ignored = new Set(truth.contentsPages);
  const falsePositives = unmatched.filter((b) => !ignored.has(b.page));
  const found = pairs.length + falsePositives.length;
  const pageByIndex = new Map(doc.pages.map((p) => [p.index, p]));
  const onPage = pairs.filter(({ truth: t, found: f }) => t.page !== null && String(f.printed ?? printedOf(pageByIndex.get(f.page))) === String(t.page)).length;
  const withPage = pairs.filter(({ truth: t }) => t.page !== null).length;
  const levels = pairs.filter(({ truth: t, found: f }) => t.level === f.level).length;
  const pagesRight = truth.pages.filter((t) => {
    const p = pageByIndex.get(t.index);
    if (!p) return false;
    if (t.noText) return p.noText === true;
    return (p.label ?? null) === (t.label ?? null) && (t.label !== undefined || p.number === t.number) && (t.lastNumber === undefined || p.lastNumber === t.lastNumber);
  }).length;
  let indexRead = 0;
  if (truth.index) {
    const tableRows = doc.blocks.filter((b) => b.kind === 'table').flatMap((b) => b.rows);
    const used = new Set();
    for (const row of truth.index.rows) {
      const at = tableRows.findIndex((cells, i) => !used.has(i) && rowHolds(cells, row));
      if (at >= 0) { used.add(at); indexRead += 1; }
    }
  }
  return {
    file: truth.file,
    headings: { truth: truth.headings.length, found, matched: pairs.length, precision: found ? pairs.length / found : 0, recall: truth.headings.length ? pairs.length / truth.headings.length : 1, levelsRight: levels },
    sections: { right: onPage, of: withPage },
    pages: { right: pagesRight, of: truth.pages.length },
    index: { read: indexRead, of: truth.index?.rows.length ?? 0 },
    falsePositives: falsePositives.slice(0, 10).map((b) => b.text),
    missed: truth.headings.filter((t) => !pairs.some((p) => p.truth === t)).slice(0, 10).map((t) => t.text),
  };
}
