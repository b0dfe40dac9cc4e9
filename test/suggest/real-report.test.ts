// scripts/lib/real-report.mjs on text of our own wording that has the shapes of a PDF's extracted text
// (a contents page in columns with glued group names and spaced page digits, chapters glued to their
// first sentence, decorated sub-headings, a flattened content index): the sections eval:real builds and
// the answer key it reads.
import { answerKey, contentIndexSpan, contentsEntries, laidOutFromText } from '../../scripts/lib/real-report.mjs';

const LONG = ' The company keeps improving how it works with everyone around it, year after year.'.repeat(6);

const TEXT = [
  'Harbour Lights Group 2024 Sustainability Report',
  'About Harbour LightsLetter from the Chair',
  'PlanetResponsibilityCutting Emissions 2 1Saving Water 24',
  'PeopleResponsibilitySafe Workplaces 30Training and Growth 3 4',
  'Appendix: Data TablesContent IndexAbout This Report',
  `About Harbour LightsHarbour Lights makes lamps.${LONG}`,
  `Cutting EmissionsOur direct greenhouse gas emissions fell.${LONG}`,
  `●Fleet ElectrificationThe delivery vans now run on electricity.${LONG}`,
  `Saving WaterWater withdrawal fell by a tenth.${LONG}`,
  `Safe WorkplacesOur occupational health and safety system covers every site.${LONG}`,
  `Training and GrowthAverage hours of training per employee rose.${LONG}`,
  'Appendix: Data TablesEmissions Data',
  'Scope 1tCO2e1,2001,150',
  'Content Index',
  '2-1Organizational detailsAbout Harbour Lights 01305-1Direct (Scope 1) GHG emissionsCutting Emissions21-23',
  '403-1Occupational health and safety management systemSafe Workplaces30-31',
].join('\n');

describe('the sections a flattened PDF gives', () => {
  test('contents entries: groups split off glued titles, spaced page digits joined, titles without pages kept', () => {
    const entries = contentsEntries(TEXT.split('\n').slice(1, 5));
    expect(entries).toEqual(
      expect.arrayContaining([
        { title: 'Cutting Emissions', group: 'Planet Responsibility', page: 21 },
        { title: 'Training and Growth', group: 'People Responsibility', page: 34 },
        { title: 'About This Report', group: undefined, page: undefined },
      ]),
    );
  });

  test('chapters where the body starts with their titles, decorated sub-headings below, pages from the contents', () => {
    const lines = TEXT.split('\n');
    const index = lines.indexOf('Content Index');
    const doc = laidOutFromText(TEXT, 'harbour.pdf', (i) => i >= index);
    const headings = doc.blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.level} ${b.text} p${b.page}`] : []));
    expect(headings).toEqual(expect.arrayContaining(['1 Planet Responsibility p21', '2 Cutting Emissions p21', '4 Fleet Electrification p21', '2 Saving Water p24', '2 Training and Growth p34', '2 Emissions Data p34']));
  });
});

describe('a flattened KPI appendix', () => {
  // Two tables on one page: their titles on lines of their own or glued to the header row, row groups on
  // lines of their own between rows whose unit columns run into their figures.
  const KPI = [
    'Harbour Lights Group 2024 Sustainability Report',
    'PlanetResponsibilityCutting Emissions 21',
    'Appendix: Data Tables',
    `Cutting EmissionsOur direct greenhouse gas emissions fell.${LONG}`,
    'Appendix: Data TablesEconomic Figures',
    'Environmental Figures',
    'Fuel UseFuel oilTon88.481.2Bought electricityMWh41,200.540,118.3',
    'Water Use',
    'Mains supplyTon12,400.211,900.8',
    'People FiguresKPIUnit20232024',
    'Staff in totalPersons1,2401,310',
  ].join('\n');

  test('a Title Case line among rows of figures is a group of that table; a title glued to its header row starts the next table', () => {
    const headings = laidOutFromText(KPI, 'kpi.pdf').blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.level} ${b.text}`] : []));
    expect(headings.slice(-4)).toEqual(['2 Environmental Figures', '3 Fuel Use', '3 Water Use', '2 People Figures']);
  });

  test("the report's own index: from its appendix heading to the next long line", () => {
    expect(contentIndexSpan(['Body text.', 'Appendix 3: GRI Content Index', '2-1Organizational details01', LONG.repeat(2), 'Reader Feedback'])).toEqual({ start: 1, end: 3 });
    expect(contentIndexSpan(['Body text.'])).toBeUndefined();
  });
});

describe('the answer key from a flattened content index', () => {
  test('each code found by its title; chapters and page ranges after it, glued page digits split from the next code', () => {
    const index = TEXT.split('\n').slice(-2).join('\n');
    const key = answerKey(
      index,
      [
        { id: 'GRI 2-1', code: '2-1', title: 'Organizational details' },
        { id: 'GRI 305-1', code: '305-1', title: 'Direct (Scope 1) GHG emissions' },
        { id: 'GRI 403-1', code: '403-1', title: 'Occupational health and safety management system' },
      ],
      ['About Harbour Lights', 'Cutting Emissions', 'Safe Workplaces'],
    );
    expect(key.get('GRI 2-1')).toEqual([{ chapter: 'About Harbour Lights', pages: [1] }]);
    expect(key.get('GRI 305-1')).toEqual([{ chapter: 'Cutting Emissions', pages: [21, 22, 23] }]);
    expect(key.get('GRI 403-1')).toEqual([{ chapter: 'Safe Workplaces', pages: [30, 31] }]);
  });
});
