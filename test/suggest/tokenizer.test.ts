import { tokenize } from '../../src/suggest/tokenizer.js';

describe('tokenize: English', () => {
  test('lower-cases, drops stop words and figures, stems with Porter', () => {
    expect(tokenize('The Emissions of the organization were 14,540 in 2025')).toEqual(['emiss', 'organ']);
    expect(tokenize('emission')).toEqual(tokenize('Emissions'));
    expect(tokenize('training trained')).toEqual(['train', 'train']);
  });

  test('British spellings meet American ones', () => {
    expect(tokenize('organisation labour programme')).toEqual(tokenize('organization labor program'));
  });

  test('NFKC: full-width letters, subscripts and superscripts read as plain ones', () => {
    expect(tokenize('ＧＨＧ　Ｅｍｉｓｓｉｏｎｓ')).toEqual(tokenize('GHG Emissions'));
    expect(tokenize('14,630 tCO₂e')).toEqual(['tco2e']);
    expect(tokenize('398 m³')).toEqual(['m3']);
  });

  test('units and scopes become canonical tokens, whatever the spelling', () => {
    for (const unit of ['tCO2e', 't CO2-eq', 'tonnes CO2e', 'tCO2-e']) expect(tokenize(unit)).toEqual(['tco2e']);
    expect(tokenize('Scope 1')).toEqual(['scope1', 'scope']);
    expect(tokenize('scope-2 and Scope 3')).toEqual(['scope2', 'scope3', 'scope', 'scope']);
    expect(tokenize('Scopes 1 and 2 emissions')).toEqual(['scope1', 'scope2', 'scope', 'emiss']);
    expect(tokenize('greenhouse gas emissions')).toEqual(['ghg', 'greenhous', 'ga', 'emiss']);
  });
});

describe('tokenize: Chinese', () => {
  test('温室气体排放: the segmenter\'s words plus every character bigram, and the canonical ghg', () => {
    const terms = tokenize('温室气体排放');
    expect(terms).toEqual(expect.arrayContaining(['温室', '气体', '排放', '室气', '体排', 'ghg']));
    expect(new Set(terms)).toEqual(new Set(['ghg', '温室', '气体', '排放', '室气', '体排']));
  });

  test('范围一 and 范围1 are scope 1, as in English', () => {
    expect(tokenize('范围一')).toContain('scope1');
    expect(tokenize('范围1排放')).toEqual(expect.arrayContaining(['scope1', '排放']));
    expect(tokenize('范围一、二')).toEqual(expect.arrayContaining(['scope1', 'scope2']));
    expect(tokenize('范围三')).not.toContain('scope1');
  });

  test('Traditional characters are folded to Simplified: 溫室氣體 meets 温室气体, 範圍一 is scope 1', () => {
    expect(tokenize('溫室氣體排放')).toEqual(tokenize('温室气体排放'));
    expect(tokenize('範圍一')).toContain('scope1');
    expect(tokenize('職業健康與安全 僱員培訓 廢棄物')).toEqual(tokenize('职业健康与安全 雇员培训 废弃物'));
    expect(tokenize('Water 用水 2025')).toEqual(tokenize('Water 用水 2025'));
  });

  test('mixed "Scope 1排放": Latin and Han runs split, figures dropped', () => {
    const terms = tokenize('2025年Scope 1排放为12,300吨');
    expect(terms).toEqual(expect.arrayContaining(['scope1', 'scope', '排放', '吨']));
    expect(terms.some((t) => /\d/.test(t) && t !== 'scope1')).toBe(false);
  });

  test('grammar characters alone are dropped, single-character words of meaning kept', () => {
    const terms = tokenize('水的使用');
    expect(terms).not.toContain('的');
    expect(terms).toContain('水');
  });

  test('deterministic: same text, same terms', () => {
    const text = '2025年范围一、范围二温室气体排放合计 48,200 吨二氧化碳当量 (Scope 1 and 2: 48,200 tCO2e)';
    expect(tokenize(text)).toEqual(tokenize(text));
    expect(tokenize(text)).toEqual(expect.arrayContaining(['co2', 'tco2e', 'ghg', '当量']));
  });
});

describe('PDF text artefacts', () => {
  test('a lost fi/fl ligature (`efcient`, `signi?cant`, `ow`) meets the word as written', () => {
    expect(tokenize('energy efcient, signi?cant spills, cash ows')).toEqual(tokenize('energy efficient, significant spills, cash flows'));
    expect(tokenize('De?ned bene?t plan obligations')).toEqual(tokenize('Defined benefit plan obligations'));
  });

  test('a question mark between words stays punctuation', () => {
    expect(tokenize('Why? Because')).toEqual(tokenize('why because'));
  });
});
