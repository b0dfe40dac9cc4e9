// The escaping helpers, case by case.
import { csvRecord, escapeMarkdown } from '../../src/render/index.js';

describe('escapeMarkdown', () => {
  test.each([
    ['plain text', 'plain text'],
    ['a | b', 'a \\| b'],
    ['C:\\dir\\', 'C:\\\\dir\\\\'],
    ['back\\|slash-pipe', 'back\\\\\\|slash-pipe'],
    ['*b* _i_ ~~s~~ `c`', '\\*b\\* \\_i\\_ \\~\\~s\\~\\~ \\`c\\`'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['![i](x.png)', '!\\[i\\](x.png)'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['&amp; &#x3C;', '\\&amp; \\&#x3C;'],
    ['  padded  ', 'padded'],
    ['one\ntwo\r\nthree\rfour', 'one<br>two<br>three<br>four'],
    ['\n lead and trail \n', 'lead and trail'],
    ['应对气候变化 🌱', '应对气候变化 🌱'],
    ['2-1 "x", y. #3 + 4', '2-1 "x", y. #3 + 4'],
  ])('%j → %j', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });

  test('non-strings', () => {
    expect(escapeMarkdown(undefined)).toBe('');
    expect(escapeMarkdown(null)).toBe('');
    expect(escapeMarkdown(3)).toBe('3');
    expect(escapeMarkdown(['a|b', 'c'])).toBe('a\\|b, c');
  });
});

describe('csvRecord', () => {
  test.each([
    [['a', 'b'], 'a,b'],
    [['a,b', 'c'], '"a,b",c'],
    [['say "hi"'], '"say ""hi"""'],
    [['line\nbreak'], '"line\nbreak"'],
    [['', undefined, 3], ',,3'],
    [['=1+1', '+1', '-1', '@A1', '\tx'], "'=1+1,'+1,'-1,'@A1,'\tx"],
    [['1-2', 'a=b'], '1-2,a=b'],
  ])('%j → %j', (fields, output) => {
    expect(csvRecord(fields)).toBe(output);
  });
});
