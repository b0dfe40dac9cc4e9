// Which row a wrapped line joins, on baselines alone (table-bands.ts).
import { pitchOf, splitBetween } from '../../../src/ingest/pdf/table-bands.js';

describe('splitBetween', () => {
  test('rows with padding part at the widest gap, above or below the lines between', () => {
    // Top-aligned: the title's second line, then padding before the next code.
    expect(splitBetween([100, 111, 126], false, 1.35)).toEqual({ at: 2, clear: true });
    // Centred: padding, then the next row's first title line above its code line.
    expect(splitBetween([100, 115, 126], false, 1.35)).toEqual({ at: 1, clear: true });
  });

  test('without padding, top-aligned rows keep the lines; centred rows end as far below their code as they start above it', () => {
    expect(splitBetween([100, 111, 122], false, 1.35)).toEqual({ at: 2, clear: false });
    // A one-line row (top at its code line), then a three-line title centred on the next code line.
    expect(splitBetween([100, 111, 122], true, 1.35, 100)).toEqual({ at: 1, clear: false });
    // A row that started a line above its code line ends a line below it.
    expect(splitBetween([100, 111, 122, 133], true, 1.35, 89)).toEqual({ at: 2, clear: false });
  });
});

test('pitchOf: half-line offsets of centred cells are not a pitch', () => {
  expect(pitchOf([100, 105.6, 111.25, 122.5], 9)).toBe(11.25);
  expect(pitchOf([100], 9)).toBe(11.25);
});
