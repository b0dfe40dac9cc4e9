import { evidenceFindings, reportOf } from '../helpers/run-evidence.js';

const RULE = 'unit-mismatch';
const energy = (text: string): string => `## Energy\n\n<!-- disclose: GRI 302-1 -->\n\n${text}\n`;

describe(RULE, () => {
  test.each([
    ['MWh after the figure', energy('We consumed 12,400 MWh.')],
    ['GJ, which converts to MWh', energy('We consumed 44,640 GJ.')],
    ['a unit column', energy('| Fuel | Unit | 2024 |\n|---|---|---:|\n| Natural gas | MWh | 6,180 |')],
    ['a unit in the header', energy('| Fuel | 2024 (kWh) |\n|---|---:|\n| Electricity | 4,213,000 |')],
    ['Chinese 万千瓦时', energy('全年用电量 421.3 万千瓦时。')],
    // PDF text of a KPI table: the row label, its unit column and the year columns glued into one line.
    ['a flattened KPI row, unit glued to its label', energy('Bought electricityMWh41,200.540,118.3')],
    ['a flattened KPI row whose unit lost a space', energy('Total energy used\nTon of standard coalequivalent\n12,480.011,930.2')],
    ['a unit column at the start of a line, glued to its figures', '## Suppliers\n\n<!-- disclose: GRI 308-1 -->\n\nNew suppliers screened on environmental criteria\n\n%100100100\n'],
    ['no figure at all (no-figures says it)', energy('We save energy.')],
    ['a count metric: any number answers it', '## People\n\n<!-- disclose: GRI 2-7 -->\n\nWe employ 310 people.\n'],
  ])('silent: %s', (_name, body) => {
    expect(evidenceFindings(RULE, reportOf(body))).toEqual([]);
  });

  test.each([
    ['figures without a unit', energy('Energy consumed was 1,870 in 2024.'), /^`GRI 302-1`: the figures in 'Energy' \(p\. 3\) carry none of its units \(MWh, kWh, GJ.*\); found no unit\.$/],
    ['figures in another unit', energy('We consumed 1,870 tonnes of coal and 12 m³ of diesel.'), /found t, m³\.$/],
  ])('reports: %s', (_name, body, message) => {
    expect(evidenceFindings(RULE, reportOf(body)).map((f) => f.message)).toEqual([expect.stringMatching(message)]);
  });
});
