// Reader vocabulary of the evidence checks: the words around a number that say it is a label, a date or a
// total rather than a figure. Words of how reports are written, not of any standard (standards/ holds those).

/** A number right after one of these names something (`Scope 1`, `ISO 14001`, `第3条`, `p. 12`), it is no figure. */
export const LABEL_BEFORE = /(?:\bscopes?|\bcategor(?:y|ies)|\btier|\bphase|\biso|\bgb(?:\/t)?|\bsdgs?|\bgri|\bsasb|\bno\.?|\barticles?|\bart\.|\bchapter|\bsection|\bpages?|\bp\.|\bpp\.|\bstep|\bq|\bh|\bfy|范围|类别|类|第|目标|阶段)\s*[-–]?\s*$/i;

/** A number right before one of these is a date or an ordinal (`3月`, `15日`, `第3条`, `1 January`). */
export const DATE_AFTER = /^\s*(?:月|日|号|號|条|條|章|节|節|页|頁|期|届|屆|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/i;

/** Marks after a figure that point to a footnote (`1,234*`, `1,234¹`, `1,234[2]`, `1,234注3`). */
export const FOOTNOTE_AFTER = /^(?:\*+|†|‡|#|[¹²³⁰⁴⁵⁶⁷⁸⁹]+|\[\d{1,2}\]|［\d{1,2}］|注\s*\d{1,2})/;

/** Chinese multipliers written after a number (`12.5万`, `3.2亿`). */
export const MULTIPLIERS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** A KPI table row that states the total of the rows above it. */
export const TOTAL_LABEL = /^\s*(?:total|sum|overall|grand total|合计|合計|总计|總計|总量|總量|总计（|小计|小計|subtotal)\b|^\s*(?:total|合计|合計|总计|總計)/i;

/** A year as reports label figures: `2024`, `2024年`, `FY2024`, `FY24` is left out (two digits are ambiguous). */
export const YEAR = /(?<![\d.,])(?:fy\s*)?((?:19[89]|20[0-9])\d)(?:\s*年度?)?(?![\d])/gi;

/**
 * Words of requirement-item labels that say how to report rather than what: they are not key terms of an item
 * (`describe`, `report`, `including`, `organization`, `significant`).
 */
export const GENERIC_LABEL_WORDS: ReadonlySet<string> = new Set(
  (
    'about above according also applicable approach based being breakdown case cases change changes description describe ' +
    'described details does each either example explanation following from have including include includes information ' +
    'into list many more most number numbers organization organizations other over period periods ' +
    'provide reported reporting report reports relevant significant such that their them there these they this those ' +
    'total type types used using were what when where whether which while with within year years ' +
    // How an item asks, not what: methodology and context items are answered in words of their own.
    'assumptions methodologies methodology standards tools calculation calculating compiled contextual necessary understand ' +
    'data been made rationale choosing basis ensure ensures process processes across multiple another same ' +
    'applied apply concerning considered consists especially given identify identified intended involved ' +
    'means regarding related relevant respect sought taken takes various views'
  ).split(/\s+/),
);

/** A row label that is a part of the row above, not of the breakdown (`of which: female`, `其中：女性`). */
export const SUBROW_LABEL = /^\s*(?:of which|thereof|including|incl\.|其中|含|[-–—•·]\s)/i;

/** A header that says its column holds shares of one whole (`%`, `Proportion`, `占比`). */
export const SHARE_HEADER = /%|percent|proportion|share|占比|比例|百分比/i;

/**
 * GHG Protocol scopes in a label (`Scope 1`, `范围一`, `范围1`, `Scope 1 and 2`, `范围一、二`): group 1 the
 * first scope, group 2 the list that follows.
 */
export const SCOPE_LABEL = /(?:\bscopes?|范围|範圍)\s*[-–]?\s*([123一二三])(?![\d.])((?:\s*(?:,|、|\/|\+|&|and|和|及|与|與)\s*(?:scopes?\s*|范围|範圍)?[123一二三](?![\d.]))*)/gi;

/** The two Scope 2 methods: group 1 set for location-based, else market-based. */
export const SCOPE_METHOD = /(location[\s-]*based|基于位置|基於位置|位置法)|(?:market[\s-]*based|基于市场|基於市場|市场法)/i;

/** `All` in an index's "requirement(s) omitted" column (GRI's own template word), and its Chinese. */
export const ALL_ITEMS = /^\s*(?:all|全部|所有)\s*$/i;

/** Separators of a list of requirement items (`a, b`, `a、b`). */
export const ITEM_SEPARATORS = /[,，、;；\s]+/;

/** Brackets around an item letter (`(b)`, `（b）`). */
export const BRACKETS = /[()（）]/g;

/**
 * English number words (`twenty-two per cent`, `five hundred and twelve customers`): their values; a scale
 * word multiplies what precedes it. Reader vocabulary of ./number-words.ts.
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const NUMBER_SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };

/** Chinese numerals (`三百二十万`, `五千`, `八点八`): digits, the small units 十百千 and the large ones 万亿. */
export const ZH_DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
export const ZH_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1e3 };
export const ZH_LARGE_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
/** `点` between a Chinese whole number and its decimals (`八点八` = 8.8). */
export const ZH_DECIMAL_POINT = /[点點]/;
/** `百分之` before a Chinese numeral: a percentage (`百分之八点八`). */
export const ZH_PERCENT_BEFORE = /百分之$/;

/** The end of a sentence (`.` `。` `!` `？` `；` before a space or the end): a line of text rather than a caption, a name or a date. */
export const SENTENCE_END = /[.!?;。！？；](?:\s|$)/;
