// Straight and curly apostrophes (issue 17 item 7): catalog titles keep their official form for display
// (GRI's curly ’), while every place that compares titles folds the two: the index title checks
// (compareTitle, titlesMatch) and suggest's tokenizer.
import { loadCatalog } from '../../src/catalog/index.js';
import { compareTitle, titlesMatch } from '../../src/catalog/titles.js';
import { tokenize } from '../../src/suggest/tokenizer.js';

const catalog = loadCatalog();
const titleOf = (id: string): string => catalog.byId.get(id)![0]!.title;

// The catalog keeps each title as its source prints it: GRI 2-2 curly, GRI 102-28 (2016) straight (gri_disclosures.json).
test('the catalog keeps the official curly apostrophe of GRI titles', () => {
  expect(titleOf('GRI 2-2')).toBe('Entities included in the organization’s sustainability reporting');
});

test.each(['GRI 2-2', 'GRI 102-28', 'IFRS S1 27(b)'])('%s: a straight or curly apostrophe matches either way', (id) => {
  const official = titleOf(id);
  expect(official).toMatch(/['’]/);
  const straight = official.replace(/’/g, "'");
  const curly = official.replace(/'/g, '’');
  for (const [printed, against] of [[straight, official], [curly, official], [straight, curly], [curly, straight]] as const) {
    expect(compareTitle(printed, against)).toMatch(/^(exact|equivalent)$/);
    expect(titlesMatch(printed, against)).toBe(true);
  }
});

test('suggest tokenizes both forms alike', () => {
  expect(tokenize("the organization's sustainability reporting")).toEqual(tokenize('the organization’s sustainability reporting'));
  expect(tokenize("Management's role")).toEqual(tokenize('Management’s role'));
});
