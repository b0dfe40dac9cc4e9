// CJK text as a PDF's ToUnicode maps give it (issue 13): some fonts map the glyph of a character that is
// also a radical (长, 门, 马) to the radical's code point (⻓ U+2ED3, ⻔ U+2ED4, ⻢ U+2EE2), so `长期` reads
// `⻓期` and matches nothing. NFKC maps the Kangxi Radicals block (U+2F00–U+2FD5) to the unified ideographs;
// the CJK Radicals Supplement (U+2E80–U+2EF3) has no compatibility decomposition, so it needs this table.

/**
 * CJK Radicals Supplement → unified ideograph, from the Unicode Character Database's
 * EquivalentUnifiedIdeograph.txt (Unicode 15.1). Only the entries whose equivalent is a character that
 * stands alone in running text (a radical that is also a word: 长, 门, 页, 见); the forms used only as
 * components (亻-like ⺅, 氵-like ⺡) cannot be a whole character of text and are left as they are.
 */
const RADICAL_SUPPLEMENT: Record<number, number> = {
  0x2e8c: 0x5c0f, // ⺌ 小
  0x2e8d: 0x5c0f, // ⺍ 小
  0x2e97: 0x5fc3, // ⺗ 心
  0x2e9c: 0x65e5, // ⺜ 日
  0x2e9d: 0x6708, // ⺝ 月
  0x2e9f: 0x6bcd, // ⺟ 母
  0x2ea0: 0x6c11, // ⺠ 民
  0x2ea7: 0x725b, // ⺧ 牛
  0x2ea9: 0x738b, // ⺩ 王
  0x2eac: 0x793a, // ⺬ 示
  0x2ec1: 0x864e, // ⻁ 虎
  0x2ec4: 0x897f, // ⻄ 西
  0x2ec5: 0x89c1, // ⻅ 见
  0x2ec6: 0x89d2, // ⻆ 角
  0x2ec9: 0x8d1d, // ⻉ 贝
  0x2eca: 0x8db3, // ⻊ 足
  0x2ecb: 0x8f66, // ⻋ 车
  0x2ed1: 0x9577, // ⻑ 長
  0x2ed3: 0x957f, // ⻓ 长
  0x2ed4: 0x95e8, // ⻔ 门
  0x2ed7: 0x96e8, // ⻗ 雨
  0x2ed8: 0x9752, // ⻘ 青
  0x2ed9: 0x97e6, // ⻙ 韦
  0x2eda: 0x9875, // ⻚ 页
  0x2edb: 0x98ce, // ⻛ 风
  0x2edc: 0x98de, // ⻜ 飞
  0x2edd: 0x98df, // ⻝ 食
  0x2ee2: 0x9a6c, // ⻢ 马
  0x2ee3: 0x9aa8, // ⻣ 骨
  0x2ee4: 0x9b3c, // ⻤ 鬼
  0x2ee5: 0x9c7c, // ⻥ 鱼
  0x2ee6: 0x9e1f, // ⻦ 鸟
  0x2ee7: 0x5364, // ⻧ 卤
  0x2ee8: 0x9ea6, // ⻨ 麦
  0x2ee9: 0x9ec4, // ⻩ 黄
  0x2eea: 0x9efe, // ⻪ 黾
  0x2eec: 0x9f50, // ⻬ 齐
  0x2eee: 0x9f7f, // ⻮ 齿
  0x2ef0: 0x9f99, // ⻰ 龙
  0x2ef3: 0x9f9f, // ⻳ 龟
};

const RADICALS = /[\u2e80-\u2fdf]/gu;

/** Radical code points as the unified ideographs they stand for; all other text unchanged. */
export function normaliseRadicals(text: string): string {
  return text.replace(RADICALS, (ch) => {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x2f00) return ch.normalize('NFKC'); // Kangxi Radicals: NFKC maps each to its ideograph.
    const unified = RADICAL_SUPPLEMENT[cp];
    return unified === undefined ? ch : String.fromCodePoint(unified);
  });
}

/** Han, kana, hangul and CJK punctuation: text written without spaces between words. */
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u{20000}-\u{3134f}]/u;

export const isCjk = (ch: string | undefined): boolean => ch !== undefined && CJK.test(ch);
