// GRI 2016 -> 2021 migration of `disclose:` and `omit:` ids, planned and applied in memory.
import { migrateSources } from '../../../src/migrate.js';

const FRONT = '---\npublished: 2022-04-20\n---\n\n';

/** Migrates one file; returns the new text of `body` (front matter dropped), the changes and the review items. */
function run(body: string, options: Parameters<typeof migrateSources>[1] = {}, front = FRONT) {
  const { plan, outputs } = migrateSources([{ path: 'report.md', text: front + body }], options);
  const file = plan.files[0]!;
  return { text: outputs.get('report.md')!.slice(front.length), changes: file.changes, review: file.review };
}

const migrated = (body: string, options?: Parameters<typeof migrateSources>[1]): string => run(body, options).text;

describe('one-to-one', () => {
  test.each([
    ['<!-- disclose: GRI 102-14 -->', '<!-- disclose: GRI 2-22 -->'],
    ['<!-- disclose: GRI 102-1, GRI 102-14 -->', '<!-- disclose: GRI 2-1, GRI 2-22 -->'],
    ['<!-- disclose: GRI 102-1, 102-14 -->', '<!-- disclose: GRI 2-1, 2-22 -->'],
    ['<!-- disclose: gri 102-14 -->', '<!-- disclose: gri 2-22 -->'],
    ['<!-- disclose: GRI 102–14 -->', '<!-- disclose: GRI 2-22 -->'],
    ['<!-- disclose: GRI 103-2 (GRI 305) -->', '<!-- disclose: GRI 3-3 (GRI 305) -->'],
    ['<!-- disclose: GRI 307-1, GRI 419-1 -->', '<!-- disclose: GRI 2-27 -->'],
    ['<!-- disclose: GRI 102-30 -->', '<!-- disclose: GRI 2-12 -->'],
    ['<!-- omit: GRI 102-38 | confidentiality-constraints | Pay data is sensitive. -->', '<!-- omit: GRI 2-21 | confidentiality-constraints | Pay data is sensitive. -->'],
    ['<!-- disclose: GRI 102-14, SASB TC-HW-230a.1, GRI 305-1 -->', '<!-- disclose: GRI 2-22, SASB TC-HW-230a.1, GRI 305-1 -->'],
    ['# Statement <!-- disclose: GRI 102-14 -->\n', '# Statement <!-- disclose: GRI 2-22 -->\n'],
  ])('%s', (before, after) => {
    expect(migrated(before)).toBe(after);
  });

  test('a change says where, what and the 2021 title', () => {
    const { changes } = run('# About\n<!-- disclose: GRI 102-1, GRI 102-14 -->\n');
    expect(changes[1]).toMatchObject({
      file: 'report.md',
      line: 6,
      column: 27,
      source: 'directive',
      from: 'GRI 102-14',
      fromTitle: 'Statement from senior decision-maker',
      to: ['GRI 2-22'],
      toTitles: ['Statement on sustainable development strategy'],
      before: 'GRI 102-14',
      after: 'GRI 2-22',
      confidence: 'high',
    });
  });
});

describe('one-to-many: every id, in the writer\'s separator', () => {
  test.each([
    ['<!-- disclose: GRI 102-8 -->', '<!-- disclose: GRI 2-7, GRI 2-8 -->'],
    ['<!-- disclose: GRI 102-1; GRI 102-8 -->', '<!-- disclose: GRI 2-1; GRI 2-7; GRI 2-8 -->'],
    ['<!-- disclose: GRI 102-1, 102-8 -->', '<!-- disclose: GRI 2-1, 2-7, 2-8 -->'],
    ['<!-- disclose: GRI 102-21 -->', '<!-- disclose: GRI 2-12, GRI 2-29 -->'],
    ['<!-- omit: GRI 102-8 | information-unavailable | Not collected. -->', '<!-- omit: GRI 2-7, GRI 2-8 | information-unavailable | Not collected. -->'],
  ])('%s', (before, after) => {
    expect(migrated(before)).toBe(after);
  });
});

describe('an id is not written twice in one directive', () => {
  test.each([
    ['<!-- disclose: GRI 103-1, GRI 103-2, GRI 103-3, GRI 305-1 -->', '<!-- disclose: GRI 3-3, GRI 305-1 -->'],
    ['<!-- disclose: GRI 102-3; GRI 102-4; GRI 102-5 -->', '<!-- disclose: GRI 2-1 -->'],
    ['<!-- disclose: GRI 2-1, GRI 102-1 -->', '<!-- disclose: GRI 2-1 -->'],
    ['<!-- disclose: GRI 102-1, GRI 102-3, GRI 2-1 -->', '<!-- disclose: GRI 2-1 -->'],
    ['<!-- disclose: GRI 102-1, GRI 305-1, GRI 102-3 -->', '<!-- disclose: GRI 2-1, GRI 305-1 -->'],
    ['<!-- disclose: GRI 2-7, GRI 102-8 -->', '<!-- disclose: GRI 2-7, GRI 2-8 -->'],
    ['<!-- disclose: GRI 103-1 (GRI 305), GRI 103-2 (GRI 305), GRI 103-2 (GRI 403) -->', '<!-- disclose: GRI 3-3 (GRI 305), GRI 3-3 (GRI 403) -->'],
  ])('%s', (before, after) => {
    expect(migrated(before)).toBe(after);
  });

  test('the dropped duplicate is reported as removed', () => {
    const { changes } = run('<!-- disclose: GRI 103-1, GRI 103-2 -->');
    expect(changes.map((c) => [c.from, c.after])).toEqual([
      ['GRI 103-1', 'GRI 3-3'],
      ['GRI 103-2', ''],
    ]);
  });
});

describe('needs review: never changed', () => {
  const review = (body: string, options?: Parameters<typeof migrateSources>[1]) => {
    const r = run(body, options);
    expect(r.text).toBe(body);
    expect(r.changes).toEqual([]);
    return r.review.map((x) => ({ from: x.from, to: x.to, reason: x.reason, detail: x.detail }));
  };

  test('102-54 and 102-55 became GRI 1 requirements', () => {
    expect(review('<!-- disclose: GRI 102-54, GRI 102-55 -->')).toEqual([
      { from: 'GRI 102-54', to: [], reason: expect.stringMatching(/^no GRI 2021 disclosure/), detail: expect.stringMatching(/GRI 1 Requirement 8/) },
      { from: 'GRI 102-55', to: [], reason: expect.stringMatching(/^no GRI 2021 disclosure/), detail: expect.stringMatching(/GRI 1 Requirement 7/) },
    ]);
  });

  test('low confidence (102-7, 102-12, 102-15, 102-44) is listed with the mapping\'s detail', () => {
    const items = review('<!-- disclose: GRI 102-7, GRI 102-12, GRI 102-15, GRI 102-44 -->');
    expect(items.map((i) => i.from)).toEqual(['GRI 102-7', 'GRI 102-12', 'GRI 102-15', 'GRI 102-44']);
    expect(items[0]).toEqual({ from: 'GRI 102-7', to: ['GRI 2-6', 'GRI 2-7'], reason: 'maps to GRI 2-6, GRI 2-7 with low confidence', detail: expect.stringMatching(/check official mapping/) });
    expect(items[2]!.detail).toMatch(/no direct 2021 equivalent/);
  });

  test('requirement items do not carry over; a one-to-many id with a topic is split by hand', () => {
    expect(review('<!-- disclose: GRI 102-8 (a, b) -->')[0]!.reason).toMatch(/requirement items \(a, b\)/);
    expect(review('<!-- disclose: GRI 102-8 (GRI 401) -->')[0]!.reason).toBe('maps to GRI 2-7, GRI 2-8 and names a topic; split it by hand');
  });

  test('the confidence threshold is an option', () => {
    expect(review('<!-- disclose: GRI 102-30 -->', { minConfidence: 'high' })[0]!.reason).toBe('maps to GRI 2-12 with medium confidence');
    expect(migrated('<!-- disclose: GRI 102-7 -->', { minConfidence: 'low' })).toBe('<!-- disclose: GRI 2-6, GRI 2-7 -->');
  });

  test('kept items stay in the directive while its other ids migrate', () => {
    const r = run('<!-- disclose: GRI 102-14, GRI 102-55, GRI 102-7 -->');
    expect(r.text).toBe('<!-- disclose: GRI 2-22, GRI 102-55, GRI 102-7 -->');
    expect(r.review.map((x) => x.from)).toEqual(['GRI 102-55', 'GRI 102-7']);
  });
});

describe('what is not a 2016 universal disclosure stays', () => {
  test.each([
    '<!-- disclose: GRI 2-1, GRI 3-3 (GRI 305), GRI 305-1, GRI 403-9 -->',
    '<!-- disclose: SASB TC-HW-230a.1, HKEX A1.1 -->',
    '<!-- disclose: GRI 999-1, nonsense -->',
    '<!-- page: 102 -->\n<!-- a comment that mentions GRI 102-14 -->\nText about GRI 102-14.',
  ])('%s', (body) => {
    const r = run(body);
    expect([r.text, r.changes, r.review]).toEqual([body, [], []]);
  });

  test('102-1 … 102-10 in a report of 2027 are Climate Change 2025 codes', () => {
    const body = '<!-- disclose: GRI 102-1, GRI 102-5 -->';
    const r = run(body, {}, '---\npublished: 2027-04-20\n---\n\n');
    expect([r.text, r.changes, r.review]).toEqual([body, [], []]);
  });

  test('where the dates only allow early adoption of GRI 102: 2025, a person decides', () => {
    const body = '<!-- disclose: GRI 102-1, GRI 102-14 -->';
    const r = run(body, {}, '---\npublished: 2026-04-20\n---\n\n');
    expect(r.text).toBe('<!-- disclose: GRI 102-1, GRI 2-22 -->');
    expect(r.review).toEqual([
      expect.objectContaining({ from: 'GRI 102-1', fromTitle: 'Name of the organization', to: ['GRI 2-1'], reason: expect.stringMatching(/^may mean Name of the organization \(GRI 102: General Disclosures 2016\) or Transition plan/) }),
    ]);
  });

  test('without dates, 102-1 is the 2016 disclosure (the 2025 one is not in effect yet)', () => {
    expect(run('<!-- disclose: GRI 102-1 -->', {}, '').text).toBe('<!-- disclose: GRI 2-1 -->');
  });
});

describe('idempotence', () => {
  test('a migrated report has nothing left to migrate; review items stay listed', () => {
    const body = [
      '# About',
      '<!-- disclose: GRI 102-1, GRI 102-3, GRI 102-14, GRI 102-55 -->',
      '## People',
      '<!-- disclose: GRI 102-8, GRI 102-7 -->',
      '## Topics',
      '<!-- disclose: GRI 103-1, GRI 103-2, GRI 103-3, GRI 305-1 -->',
      '<!-- omit: GRI 102-38 | confidentiality-constraints | Sensitive. -->',
      '',
    ].join('\n');
    const first = run(body);
    expect(first.changes.length).toBeGreaterThan(0);
    const second = run(first.text);
    expect(second.text).toBe(first.text);
    expect(second.changes).toEqual([]);
    expect(second.review.map((r) => r.from)).toEqual(first.review.map((r) => r.from));
  });
});

describe('bounded time', () => {
  test('80,000 ids in one directive migrate in linear time (they took 102 s: each id searched its comment again)', () => {
    const ids = Array.from({ length: 80_000 }, (_, i) => (i % 2 === 0 ? 'GRI 102-14' : 'GRI 305-1')).join(', ');
    const started = process.hrtime.bigint();
    const { text, changes } = run(`# About\n<!-- disclose: ${ids} -->\n`);
    // Every 102-14 becomes the one 2-22; 305-1 is a 2016 code that stays.
    expect(text.startsWith('# About\n<!-- disclose: GRI 2-22, GRI 305-1, GRI 305-1')).toBe(true);
    expect(changes).toHaveLength(40_000);
    // A generous bound for a shared machine; the quadratic version did not come near it.
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(20_000);
  }, 60_000);
});
