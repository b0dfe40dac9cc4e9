// maxOf and pushAll take any number of items; the spread they replace overflowed the stack at ~125,000.
import { maxOf, pushAll } from '../../src/arrays.js';
import { formatMigrationStylish } from '../../src/mapping/migrate/index.js';

test('maxOf and pushAll with 500,000 items', () => {
  const many = Array.from({ length: 500_000 }, (_, i) => i % 1000);
  expect(maxOf(many)).toBe(999);
  expect(maxOf([])).toBe(0);
  const target = [1];
  pushAll(target, many);
  expect(target).toHaveLength(500_001);
});

test('migrate stylish with 200,000 items to review (Math.max over their positions overflowed)', () => {
  const review = Array.from({ length: 200_000 }, (_, i) => ({ file: 'r.md', line: 8, column: 15 + i * 12, source: 'directive' as const, from: 'x', to: [], reason: 'r' }));
  const text = formatMigrationStylish({ tool: { name: 'disclose', version: '0' }, written: false, files: [{ file: 'r.md', changes: [], review }] });
  expect(text.split('\n').length).toBeGreaterThan(200_000);
});
