// Traditional Chinese read as Simplified, so that a Hong Kong or Taiwan report (溫室氣體, 職業健康與安全)
// meets the catalog's Simplified descriptors (温室气体, 职业健康与安全) on the same terms. The character and
// phrase tables are OpenCC's (opencc-js, its Traditional→Simplified bundle, ~110 kB): a table of our own
// would be a few thousand pairs to keep. Hong Kong variants are the starting point (HKEX reports); they
// also cover standard Traditional and most Taiwan forms (`hk`→`cn` folds 衞/衛, 綫/線, 僱/雇 alike).
//
// Loaded on the first Han text only, and synchronously (createRequire): the tokenizer is synchronous, and
// an English report, or `check`, never pays for it.
import { createRequire } from 'node:module';

type Convert = (text: string) => string;

let convert: Convert | undefined;

function converter(): Convert {
  if (convert === undefined) {
    const require = createRequire(import.meta.url);
    const opencc = require('opencc-js/t2cn') as { Converter: (options: { from: string; to: string }) => Convert };
    convert = opencc.Converter({ from: 'hk', to: 'cn' });
  }
  return convert;
}

const HAN_RUN = /\p{Script=Han}+/gu;
const HAS_HAN = /\p{Script=Han}/u;

/** `text` with every run of Han characters in Simplified form; text without Han comes back as it is. */
export function foldTraditional(text: string): string {
  if (!HAS_HAN.test(text)) return text;
  const fold = converter();
  return text.replace(HAN_RUN, (run) => fold(run));
}
