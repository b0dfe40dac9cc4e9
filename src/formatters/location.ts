// How every formatter prints where a finding is (issue 12, item 1). A line where the source has lines
// (`12:5`); else the page and section a reader can turn to, as a PDF or DOCX gives them
// (`p. 34, "Green Production"`, `第 34 页，“绿色生产”`); else nothing (the finding is about the whole file).
// The text is plain: each formatter escapes it for where it goes, as it does the message.
import type { FindingLocation } from '../model/location.js';
import type { Locale } from '../model/message.js';

interface PlaceWords {
  page(page: string): string;
  section(heading: string): string;
  /** Between the page and the section. */
  comma: string;
  /** Between a place and the message it is put in front of. */
  colon: string;
}

const WORDS: Readonly<Record<Locale, PlaceWords>> = {
  en: { page: (page) => `p. ${page}`, section: (heading) => `"${heading}"`, comma: ', ', colon: ': ' },
  zh: { page: (page) => `第 ${page} 页`, section: (heading) => `“${heading}”`, comma: '，', colon: '：' },
};

/** The page as printed (`iv`) or its number. */
const pageOf = (at: FindingLocation): string | undefined => at.pageLabel ?? (at.page === undefined ? undefined : String(at.page));

/** `p. 34, "Green Production"` (either part alone when only one is known), or undefined when neither is. */
export function placeText(at: FindingLocation, locale: Locale = 'en'): string | undefined {
  const words = WORDS[locale];
  const page = pageOf(at);
  const parts = [page === undefined ? undefined : words.page(page), at.section === undefined ? undefined : words.section(at.section)];
  const known = parts.filter((part): part is string => part !== undefined);
  return known.length === 0 ? undefined : known.join(words.comma);
}

/** `12:5` (`12` with `withColumn` false), else the place without a line, else undefined. */
export function positionText(at: FindingLocation, locale: Locale = 'en', withColumn = true): string | undefined {
  if (at.line !== undefined) return withColumn ? `${at.line}:${at.column ?? 1}` : String(at.line);
  return placeText(at, locale);
}

/**
 * The message with the place in front, for outputs whose location field can hold only a line (GitHub
 * annotations, GitLab Code Quality, a SARIF result without a region). Unchanged when the finding has a
 * line or no place.
 */
export function messageWithPlace(at: FindingLocation & { message: string }, locale: Locale = 'en'): string {
  if (at.line !== undefined) return at.message;
  const place = placeText(at, locale);
  return place === undefined ? at.message : `${place}${WORDS[locale].colon}${at.message}`;
}

/** The file and, where the finding has no line, its place: `r.pdf, p. 34, "Green Production"`. */
export function fileWithPlace(at: FindingLocation, locale: Locale = 'en'): string {
  const place = at.line === undefined ? placeText(at, locale) : undefined;
  return place === undefined ? at.file : `${at.file}${WORDS[locale].comma}${place}`;
}
