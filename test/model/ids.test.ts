import { parseDisclosureId, parseGriTopic } from '../../src/model/ids.js';

describe('parseDisclosureId', () => {
  test.each([
    ['GRI 2-1', 'GRI 2-1'],
    ['gri 2-1', 'GRI 2-1'],
    ['GRI2-1', 'GRI 2-1'],
    ['GRI 2–1', 'GRI 2-1'],
    ['GRI 305 - 1', 'GRI 305-1'],
    ['  GRI  403-10 ', 'GRI 403-10'],
    ['SASB tc-hw-230A.1', 'SASB TC-HW-230a.1'],
    ['SASB TC-HW-000.a', 'SASB TC-HW-000.A'],
    ['hkex a1.1', 'HKEX A1.1'],
    ['HKEX B8', 'HKEX B8'],
    ['HKEX D-28', 'HKEX D-28'],
    ['SZSE 24', 'SZSE 24'],
    ['SSE Art. 24', 'SSE 24'],
    ['tcfd risk management b', 'TCFD Risk management b'],
    ['TCFD Metrics and targets (c)', 'TCFD Metrics and targets c'],
    ['IFRS S2 29(a)', 'IFRS S2 29(a)'],
    ['ifrs s2 6 (a) (i)', 'IFRS S2 6(a)(i)'],
    ['IFRS S2 14', 'IFRS S2 14'],
  ])('%s -> %s', (text, id) => {
    expect(parseDisclosureId(text)?.id).toBe(id);
  });

  test.each(['', 'GRI', 'GRI two-one', 'GRI 2-1-a', 'XYZ 2-1', '2-1', 'SASB TC-HW-230', 'HKEX C1.1', 'TCFD Governance d'])('%j is no id', (text) => {
    expect(parseDisclosureId(text)).toBeUndefined();
  });

  test('a bare code parses with a default framework', () => {
    expect(parseDisclosureId('2-1', 'gri')).toEqual({ id: 'GRI 2-1', framework: 'gri', code: '2-1' });
  });
});

describe('parseGriTopic', () => {
  test.each([
    ['GRI 305', 'GRI 305'],
    ['gri305', 'GRI 305'],
    ['305', 'GRI 305'],
  ])('%s -> %s', (text, topic) => {
    expect(parseGriTopic(text)).toBe(topic);
  });

  test.each(['GRI 305-1', 'Emissions', ''])('%j is no topic', (text) => {
    expect(parseGriTopic(text)).toBeUndefined();
  });
});
