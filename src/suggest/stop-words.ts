// Words that carry no meaning for finding where a disclosure is answered. English: a short classic list
// (articles, pronouns, auxiliaries, prepositions) plus the words of GRI's requirement phrasing that every
// disclosure shares ("report", "describe", "the organization", "including") — kept, they would make every
// requirement label match every section. Chinese: function characters that the word segmenter returns on
// their own; they never start a meaningful single-character word in an ESG report.

export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each either etc few for from further had has have having he her here hers him his how ' +
    'i if in into is it its itself just may me might more most must my no nor not of off on once only or other our ours out over own ' +
    'per same shall she should so some such than that the their theirs them then there these they this those through to too under ' +
    'until up upon very via was we were what when where whether which while who whom why will with within without would you your ' +
    'yours us e.g i.e ' +
    // GRI's requirement phrasing, shared by every disclosure.
    'report reports reported reporting describe described description disclose disclosed disclosure disclosures ' +
    'include includes including included ' +
    'information provide provided explain explanation list how whether any applicable relevant respective ' +
    'number total percentage'
  ).split(/\s+/),
);

/** Single CJK characters that are grammar, not meaning (的 "of", 和 "and", 为 "is/for" …). */
export const CHINESE_STOP_CHARACTERS: ReadonlySet<string> = new Set([...'的了和与及或在是为对等中上下以其之于由将被把也都而并各该此本年月日有无不个从向至即所一二三四五六七八九十']);
