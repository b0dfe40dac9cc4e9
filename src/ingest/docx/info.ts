// The document's own metadata: docProps/core.xml (Dublin Core title, creator, subject, dates) and
// docProps/app.xml (the application that wrote it), and its language from the default run properties.
import type { DocumentInfo } from '../layout/document.js';
import type { Styles } from './styles.js';
import { child, textOf, type XmlElement } from './xml.js';

/** `2025-03-31T08:00:00Z` (W3CDTF) -> `2025-03-31`; anything else is no date. */
function isoDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(text.trim());
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

function field(root: XmlElement | undefined, name: string): string | undefined {
  const text = textOf(child(root, name)).replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/** CJK ideographs, kana and hangul: the scripts whose language Word keeps in `w:eastAsia`. */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/gu;
const LATIN = /[A-Za-z]/g;

/**
 * The declared language: Chinese Word declares `w:val="en-US" w:eastAsia="zh-CN"` by default, so the
 * East Asian language is taken when the text is mostly CJK, the other one otherwise.
 */
function language(styles: Styles, sample: string): string | undefined {
  const { latin, eastAsia } = styles.language;
  const cjk = (sample.match(CJK) ?? []).length;
  const latinLetters = (sample.match(LATIN) ?? []).length;
  if (eastAsia !== undefined && cjk > latinLetters) return eastAsia;
  return latin ?? eastAsia;
}

export function documentInfo(core: XmlElement | undefined, app: XmlElement | undefined, styles: Styles, sample: string): DocumentInfo {
  const title = field(core, 'dc:title');
  const author = field(core, 'dc:creator');
  const subject = field(core, 'dc:subject');
  const created = isoDate(field(core, 'dcterms:created') ?? '');
  const modified = isoDate(field(core, 'dcterms:modified') ?? '');
  const application = field(app, 'Application');
  const version = field(app, 'AppVersion');
  const lang = language(styles, sample) ?? field(core, 'dc:language');
  return {
    ...(title ? { title } : {}),
    ...(author ? { author } : {}),
    ...(subject ? { subject } : {}),
    ...(created ? { created } : {}),
    ...(modified ? { modified } : {}),
    ...(application ? { producer: version ? `${application} ${version}` : application } : {}),
    ...(lang ? { language: lang } : {}),
  };
}
