// PDF text glues words at a case change (`Total withdrawalTon`, `Water figuresWithdrawal`): the requirement
// items' key terms are looked for in the words read apart.
import { keyTerms, termSet } from '../../src/evidence/index.js';
import { evidenceFindings, reportOf } from '../helpers/run-evidence.js';

test('words glued at a case change are read apart', () => {
  const terms = termSet('Mains supplyWithdrawalTon1,200.4');
  for (const term of keyTerms('withdrawal supply')) expect(terms.has(term.stem)).toBe(true);
});

test('item-not-addressed is silent on a flattened KPI row that names the item in glued words', () => {
  const body = '## Resource Figures\n\n<!-- disclose: GRI 303-3 -->\n\nSite figuresWithdrawalTon1,200.41,180.2\n';
  expect(evidenceFindings('item-not-addressed', reportOf(body))).toEqual([]);
});
