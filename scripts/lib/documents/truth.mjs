// Ground truth for one generated document, from its sources and page plan (never from a reader's output),
// and a check with poppler that the tools laid the pages out as planned (a page that ran over would make
// the truth wrong, so the generator stops instead).
import { headingLevel, headingsOf } from './source.mjs';
import { pageLines, pageText, pageWords } from './tools.mjs';

function printedPage(printed) {
  return typeof printed === 'number' ? { number: printed } : typeof printed === 'string' ? { label: printed } : {};
}

export function truthOf({ file, layout, language, features, plan, sheetsOf, rows, header }, source) {
  const sheetOf = (physical) => (sheetsOf ? Math.ceil(physical / 2) : physical);
  const pages = sheetsOf
    ? sheetsOf.map((pair, i) => ({ index: i + 1, number: pair[0].printed ?? pair[0].physical, ...(pair[1] ? { lastNumber: pair[1].printed } : {}) }))
    : plan.map((page) => ({ index: page.physical, ...printedPage(page.printed) }));
  const headings = headingsOf(plan, source).map((h) => ({ ...h, physical: sheetOf(h.physical) }));
  const ignore = [...new Set(plan.filter((p) => p.kind === 'cover' || p.kind === 'contents').map((p) => sheetOf(p.physical)))];
  return {
    file, layout, language, features,
    pageNumberSource: 'printed',
    pages,
    headings,
    // Unmatched headings a reader finds here (the cover's title, the contents lines) are not counted against it.
    contentsPages: ignore,
    index: {
      header,
      rows: rows.filter((r) => r.code).map((r) => ({ standard: r.standard, code: r.code, title: r.title, location: r.location, pages: r.pages })),
    },
  };
}

const squash = (text) => String(text).replace(/\s+/g, '');

/** Every planned page holds its headings and the end of its last block; each index code is on an index page. */
export function verifyLayout(pdf, { plan, sheetsOf, rows }) {
  const problems = [];
  const sheets = sheetsOf ?? plan.map((p) => [p]);
  sheets.forEach((pair, i) => {
    // Spaces vary with the tool (CJK, justified text): compare without white space.
    const text = squash(pageText(pdf, i + 1));
    for (const page of pair) {
      const expected = [];
      if (page.kind === 'front' || page.kind === 'body') {
        for (const block of page.source.blocks) {
          const level = headingLevel(block);
          // Word by word: poppler may put a heading's CJK run after the rest of the line.
          if (level) expected.push(...block[`h${level}`].split(/\s+/));
        }
        const last = [...page.source.blocks].reverse().find((b) => b.p !== undefined || b.table);
        if (last?.p !== undefined) expected.push(last.p.trim().split(/\s+/).slice(-3).join(' ').slice(-24));
        if (last?.table) expected.push(last.table.at(-1).at(-1));
      }
      if (page.kind === 'index' && page.source.length) {
        const lastRow = page.source.at(-1);
        expected.push(lastRow.code !== undefined ? lastRow.location : lastRow.group);
      }
      if (page.printed !== undefined) expected.push(String(page.printed));
      for (const want of expected) if (!text.includes(squash(want))) problems.push(`physical page ${i + 1}: \`${want}\` is not there`);
    }
  });
  // Code and the title's first word on one line of the laid-out text (a wrapped cell continues below).
  const indexLines = plan.filter((p) => p.kind === 'index').flatMap((p) => pageLines(pdf, sheetsOf ? Math.ceil(p.physical / 2) : p.physical)).map(squash);
  for (const row of rows.filter((r) => r.code)) {
    const head = squash(`${row.code}${row.title}`).slice(0, row.code.length + 3);
    if (!indexLines.some((line) => line.includes(head))) problems.push(`index: ${row.code} ${row.title} is not on an index page`);
  }
  return problems;
}

/**
 * Nothing drawn below a Chromium page's body but its footer number: a page block is `overflow: hidden`, and
 * text clipped there would still be in the PDF's text layer, invisible, where a reader would find it.
 */
export function verifyNoClipping(pdf, { plan, sheetsOf }, bodyBottomPt) {
  const problems = [];
  const count = sheetsOf ? sheetsOf.length : plan.length;
  for (let i = 1; i <= count; i += 1) {
    const numbers = new Set((sheetsOf ? sheetsOf[i - 1] : [plan[i - 1]]).map((p) => String(p.printed)));
    const below = pageWords(pdf, i).filter((w) => w.yMax > bodyBottomPt && !numbers.has(w.text));
    if (below.length) problems.push(`physical page ${i}: text below the body (clipped?): ${below.slice(0, 5).map((w) => w.text).join(' ')}`);
  }
  return problems;
}
