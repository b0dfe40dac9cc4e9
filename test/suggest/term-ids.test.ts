// Sections hold their terms as ids of one vocabulary (src/suggest/term-ids.ts): the index built on them,
// or on any subset of them (the calibration ablates the tagged sections), scores as the string terms did.
import { distinctIds, IdSet, includesId, Vocabulary } from '../../src/suggest/term-ids.js';
import { fieldTerms, sectionDocuments } from '../../src/suggest/documents.js';
import { SectionIndex } from '../../src/suggest/search-index.js';
import { tokenize } from '../../src/suggest/tokenizer.js';
import { ENGLISH, report } from './reports.js';

describe('term ids', () => {
  test('a vocabulary gives each term one id, in order of first sight; lookup never adds', () => {
    const vocabulary = new Vocabulary();
    expect([...vocabulary.internAll(['emiss', 'scope1', 'emiss'])]).toEqual([0, 1, 0]);
    expect(vocabulary.lookup('water')).toBeUndefined();
    expect(vocabulary.size).toBe(2);
  });

  test('an id set holds distinct ids in order and answers for terms', () => {
    const vocabulary = new Vocabulary();
    const ids = distinctIds(vocabulary.internAll(['b', 'a', 'b']), vocabulary.internAll(['c', 'a']));
    expect([...ids]).toEqual([0, 1, 2]);
    expect(includesId(ids, 2)).toBe(true);
    expect(includesId(ids, 3)).toBe(false);
    const set = new IdSet(vocabulary, distinctIds(vocabulary.internAll(['a'])));
    expect([set.has('a'), set.has('b'), set.has('unknown')]).toEqual([true, false, false]);
  });
});

describe('section documents as ids', () => {
  const documents = sectionDocuments(report(ENGLISH));
  const ghg = documents.find((d) => d.section.title === 'Greenhouse gas emissions')!;

  test('fields keep every term with its repeats, in the order of the text', () => {
    const terms = tokenize(ghg.section.title);
    expect([...ghg.fields.title]).toEqual(terms.map((t) => ghg.vocabulary.lookup(t)));
    expect(terms.every((t) => ghg.headingTerms.has(t) && ghg.terms.has(t))).toBe(true);
    expect(fieldTerms(ghg, ['title', 'headingPath']).has(tokenize('Climate')[0]!)).toBe(true);
    expect(fieldTerms(ghg, ['tables']).has(tokenize('Climate')[0]!)).toBe(false);
  });

  test('an index on a subset counts only that subset: a term of the other sections is absent from it', () => {
    const rest = documents.filter((d) => d !== ghg);
    const own = tokenize('Greenhouse gas emissions').find((t) => !rest.some((d) => d.terms.has(t)));
    const full = new SectionIndex(documents);
    const ablated = new SectionIndex(rest);
    if (own !== undefined) {
      expect(full.has(own)).toBe(true);
      expect(ablated.has(own)).toBe(false);
    }
    const query = new Map(tokenize('Scope 1 GHG emissions').map((t) => [t, 1]));
    expect(full.find(query).map((h) => h.document)).toContain(ghg);
    expect(ablated.find(query).map((h) => h.document)).not.toContain(ghg);
    expect(ablated.size).toBe(documents.length - 1);
  });

  test('a term only a KPI row holds (its cells read together) is in the vocabulary but not in the index', () => {
    const table = '# Data\n\n## Emissions data\n\n| Source | Kind | 2025 |\n|---|---|--:|\n| Scope | 1 | 12,300 |\n';
    const [data] = sectionDocuments(report(table)).filter((d) => d.section.title === 'Emissions data');
    const row = data!.kpiRows[0]!;
    expect(row.terms.has('scope1')).toBe(true);
    expect(data!.vocabulary.lookup('scope1')).toBeDefined();
    const index = new SectionIndex(sectionDocuments(report(table)));
    expect(index.has('scope1')).toBe(false);
    expect(index.idf('scope1')).toBeGreaterThan(index.idf('scope'));
    expect(index.find(new Map([['scope1', 1]]))).toEqual([]);
  });
});
