// scripts/lib/real-report-spreads.mjs and scripts/lib/real-fitting.mjs on text of our own wording that has
// the shapes of a spread-paginated PDF's extracted text (the ZKTeco 2023 report's, never its words): a
// contents page of glued titles without page numbers, sheets ending with their printed pair (`05 06`, one
// pair lost), a running header naming the chapter (glued, or on the next line), a chapter cover listing its
// sections, a title printed after the text beside it, a title going on as a phrase, sub-headings glued to
// their paragraphs, table cells glued together. Also an excerpt keyed by lines, and the committed hand
// keys' shape.
import { loadCatalog } from '../../src/index.js';
import { layoutToReport } from '../../src/ingest/layout/to-report.js';
import { contentsOf, laidOutFromSpreads, ownPagesOfHeadings, sheetsOf } from '../../scripts/lib/real-report-spreads.mjs';
import { laidOutFromText } from '../../scripts/lib/real-report.mjs';
import { fittingReport, handKeys, outsideKeys, ownLinesOfHeadings, unansweredOf, type HandKey } from '../../scripts/lib/real-fitting.mjs';

const TEXT = [
  'Lakeside Sensors 2030 Sustainability Report',
  'Made in a small town, sold everywhere',
  'Opening NotesAbout This ReportLetter from the CEO',
  'Clean and greenLooking after the planet',
  'Energy ManagementWaste Handling',
  'Caring for peopleA safe place to work',
  'Staff SafetyStaff Training',
  'Opening Notes',
  'About This ReportThis report covers the year 2030 for the parent company and all of its subsidiaries.',
  '01 02',
  '2030 Sustainability ReportOpening Notes',
  'Letter from the CEOWe had a good year and we thank everyone who helped us do better for the planet and people.',
  '03 04',
  '2030 Sustainability Report',
  'Clean and green, looking after the planet',
  'Energy ManagementWaste Handling',
  'Our Actions',
  'Energy ManagementWe measure the power every machine draws and switch off idle lines at night to save energy.',
  '05 06',
  '2030 Sustainability ReportClean and green, looking after the planet',
  'Power saving caseA motor upgrade cut the power drawn by the presses by a tenth over the year. We keep going.',
  'Sorting wasteWe sort scrap metal, paper and plastics and send hazardous waste to a licensed firm.Waste Handling',
  '09 10',
  '2030 Sustainability ReportCaring for people, a safe place to work',
  'Staff SafetyEvery site has a safety officer who walks the floor each morning and writes down any hazard found.',
  'Staff Training schedules were posted in every hall',
  'Total staffPersons1,2001,150Women share%4140',
  'We train the drivers of forklifts twice a year.11 12',
  '2030 Sustainability ReportCaring for people, a safe place to work',
  'Staff Training',
  'Every worker had two days of training on safe lifting and first aid during the year. All of them passed.',
  'Ladder useWorkers check each ladder before use and report a broken one to the safety officer at once. Done.',
].join('\n');

describe('sheets, contents and sections of a spread-paginated text', () => {
  test('a sheet ends at its printed pair, alone or glued to the text; a lost pair makes one sheet of both', () => {
    const { sheets, textOfLine } = sheetsOf(TEXT.split('\n'));
    expect(sheets.map((s) => `${s.number}-${s.lastNumber}`)).toEqual(['1-2', '3-4', '5-6', '7-10', '11-12', '13-14']);
    expect(textOfLine).toContain('We train the drivers of forklifts twice a year.');
  });

  test('the contents: glued titles split, the body starting at its first heading printed again', () => {
    const lines = TEXT.split('\n');
    const { entries, bodyStart } = contentsOf(lines);
    expect(entries).toEqual(expect.arrayContaining(['About This Report', 'Letter from the CEO', 'Energy Management', 'Waste Handling', 'Staff Safety', 'Staff Training']));
    expect(lines[bodyStart]).toBe('Opening Notes');
  });

  test('chapters from the running header, sections from the contents, sub-headings glued to prose, pages from the sheets', () => {
    const doc = laidOutFromSpreads(TEXT, 'lakeside.pdf');
    const pages = new Map(doc.pages.map((p) => [p.index, `${p.number}-${p.lastNumber ?? p.number}`]));
    const headings = doc.blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.level} ${b.text} p${pages.get(b.page)}`] : []));
    expect(headings).toEqual([
      '1 Opening Notes p1-2',
      '2 About This Report p1-2',
      '2 Letter from the CEO p3-4',
      '1 Clean and green, looking after the planet p5-6',
      // The cover's list names two sections (and is no heading); the title glued to its paragraph opens one.
      '2 Energy Management p5-6',
      '3 Power saving case p7-10',
      // Printed after the text beside it.
      '2 Waste Handling p7-10',
      '1 Caring for people, a safe place to work p11-12',
      '2 Staff Safety p11-12',
      // Not at `Staff Training schedules were …` (a phrase), nor at the glued table cells.
      '2 Staff Training p13-14',
      '3 Ladder use p13-14',
    ]);
  });

  test("a heading's own pages: its heading's sheet and its text's, not its children's", () => {
    const doc = laidOutFromSpreads(TEXT, 'lakeside.pdf');
    const own = ownPagesOfHeadings(doc);
    expect(own[4]).toEqual([5, 6]);
    expect(own[5]).toEqual([7, 8, 9, 10]);
  });
});

describe('a fitting report from a hand key', () => {
  const hand: HandKey = {
    name: 'lakeside-2030',
    source: { corpusFile: 'lakeside.txt', layout: 'spreads', language: 'en', period: { start: '2030-01-01', end: '2030-12-31' } },
    disclosures: [
      { disclosure: 'GRI 403-1', pages: [[11, 12]], answer: 'full', note: 'safety officers and daily hazard rounds' },
      { disclosure: 'GRI 302-4', pages: [[5, 6], [7, 8, 9, 10]], answer: 'partial', note: 'switching off idle lines; motor upgrade' },
      { disclosure: 'GRI 3-3', pages: [[5, 6]], answer: 'partial', note: 'left out: keyed per topic' },
    ],
  };
  const fit = fittingReport(hand, TEXT, layoutToReport);
  const at = (title: string) => fit.report.sections.find((s) => s.title === title)!;

  test('right when the section’s own text is on a keyed page; 3-3 left out', () => {
    expect([...fit.key.keys()]).toEqual(['GRI 403-1', 'GRI 302-4']);
    expect(fit.isRight('GRI 403-1', at('Staff Safety'))).toBe(true);
    expect(fit.isRight('GRI 403-1', at('Staff Training'))).toBe(false);
    expect(fit.isRight('GRI 302-4', at('Power saving case'))).toBe(true);
    // The chapter's own text is its heading's sheet only, not every page of its sections.
    expect(fit.isRight('GRI 302-4', at('Caring for people, a safe place to work'))).toBe(false);
    expect(fit.isRight('GRI 401-1', at('Staff Safety'))).toBe(false);
    expect(fit.pagesOf(at('Waste Handling'))).toEqual([7, 8, 9, 10]);
  });

  test('the right sections by index, as suggest-metrics gives them for tagged fixtures', () => {
    const titles = (id: string) => [...fit.expectedSections.get(id)!].map((i) => fit.report.sections[i]!.title);
    expect(titles('GRI 403-1')).toEqual(['Caring for people, a safe place to work', 'Staff Safety']);
    expect(titles('GRI 302-4')).toEqual(['Clean and green, looking after the planet', 'Energy Management', 'Power saving case', 'Waste Handling']);
  });

  test('a key is partial unless it says it is complete; only a complete one names unanswered disclosures', () => {
    expect(fit.complete).toBe(false);
    const asked = ['GRI 2-1', 'GRI 3-3', 'GRI 302-4', 'GRI 307-1', 'GRI 403-1', 'GRI 419-1', 'SASB TC-HW-230a.1', 'GRI 305-1'];
    expect(unansweredOf(new Set(fit.key.keys()), fit.complete, asked)).toEqual([]);
    const complete = fittingReport({ ...hand, source: { ...hand.source, complete: true } }, TEXT, layoutToReport);
    expect(complete.complete).toBe(true);
    // Neither keyed nor held by any key (3-3 per topic; 307-1, 419-1 withdrawn) nor outside GRI.
    expect(unansweredOf(new Set(complete.key.keys()), complete.complete, asked)).toEqual(['GRI 2-1', 'GRI 305-1']);
  });

  test('the report carries the key’s period, language and a "with reference" GRI claim', () => {
    expect(fit.report.meta.period).toEqual({ start: '2030-01-01', end: '2030-12-31' });
    expect(fit.report.meta.frameworks.gri?.claim).toBe('with-reference');
  });
});

describe('an excerpt keyed by lines (no page numbers printed)', () => {
  // real-report.mjs's excerpt shape: short Title Case lines are its chapters, one paragraph a line.
  const EXCERPT = [
    'Stakeholder Dialogue',
    'We meet investors, staff and neighbours every quarter and answer what they ask.',
    '',
    'Material Issues',
    'We asked two hundred people which issues weigh most and ranked them in a matrix.',
    'The board confirmed the ranking before we wrote this report.',
    'Product Safety',
    'Every product passes drop, heat and shock tests before it ships.',
  ].join('\n');
  const hand: HandKey = {
    name: 'excerpt',
    source: { corpusFile: 'excerpt.txt', layout: 'excerpt', language: 'en', period: { start: '2030-01-01', end: '2030-12-31' } },
    disclosures: [
      { disclosure: 'GRI 3-1', lines: [[4, 6]], answer: 'full', note: 'ranking of issues' },
      { disclosure: 'GRI 416-1', lines: [[8, 8]], answer: 'partial', note: 'product tests' },
    ],
  };

  test("each heading's own lines, the blank line skipped", () => {
    expect(ownLinesOfHeadings(laidOutFromText(EXCERPT, 'excerpt.pdf'), EXCERPT)).toEqual([[1, 2], [4, 5, 6], [7, 8]]);
  });

  test('right when the section’s own text comes from a keyed line; no pages to recall', () => {
    const fit = fittingReport(hand, EXCERPT, layoutToReport);
    const at = (title: string) => fit.report.sections.find((s) => s.title === title)!;
    expect(fit.unit).toBe('line');
    expect(fit.isRight('GRI 3-1', at('Material Issues'))).toBe(true);
    expect(fit.isRight('GRI 3-1', at('Stakeholder Dialogue'))).toBe(false);
    expect(fit.isRight('GRI 416-1', at('Product Safety'))).toBe(true);
    expect(fit.pagesOf(at('Product Safety'))).toEqual([]);
  });
});

describe('the committed hand keys', () => {
  const catalog = loadCatalog();
  const known = new Set(catalog.standards.flatMap((s) => s.disclosures.map((d) => d.id)));
  test.each(handKeys().map((k) => [k.name, k] as const))('%s: known GRI disclosures, each once, placed on whole spreads, marked as fitting data', (_name, key) => {
    expect(key.source.use).toMatch(/FITTING DATA/);
    // Every committed key is complete (its unanswered disclosures are negatives for the fit and false alarms
    // under --all), and says what that means and, for the excerpt's, who checked it after the first pass.
    expect(key.source.complete).toBe(true);
    expect(key.source.completeMeans).toMatch(/does not answer/);
    if (key.source.layout === 'excerpt') expect(key.source.completeness).toMatch(/2026-12-05/);
    // Disclosures no key holds (3-3 per topic, the withdrawn 307-1 and 419-1) are not rows.
    expect(key.disclosures.filter((d) => outsideKeys(d.disclosure))).toEqual([]);
    expect(key.disclosures.length).toBeGreaterThanOrEqual(10);
    const ids = key.disclosures.map((d) => d.disclosure);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of [...key.disclosures, ...(key.managementOfTopics ?? [])]) {
      expect(known.has(row.disclosure)).toBe(true);
      expect(['full', 'partial']).toContain((row as { answer?: string }).answer ?? 'partial');
      // A place is a spread (odd, even) or consecutive sheets whose pair was lost: odd first, even last.
      for (const place of row.pages ?? []) {
        expect(place[0]! % 2).toBe(1);
        expect(place[place.length - 1]! % 2).toBe(0);
        expect(place).toEqual(Array.from({ length: place.length }, (_, k) => place[0]! + k));
      }
      // Or, in an excerpt without page numbers, a range of lines.
      for (const range of row.lines ?? []) {
        expect(range).toHaveLength(2);
        expect(range[0]!).toBeLessThanOrEqual(range[1]!);
      }
      expect((row.pages ?? []).length + (row.lines ?? []).length).toBeGreaterThan(0);
    }
  });
});
