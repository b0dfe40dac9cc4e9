// The page's wording of result data: locations, reasons, finding positions (the page's other words: chrome.ts).
import type { DisclosureLocation, Finding } from '../../model/finding.js';
import { html, type Markup } from './markup.js';
import { HTML_CHROME, type HtmlChrome } from './chrome.js';
import type { Locale } from '../../model/message.js';
import { fileWithPlace } from '../location.js';

/** `p. 7`, `pp. 7–9` (a run), `pp. 7, 9, 12`; nothing without page markers. */
export function pageText(location: DisclosureLocation, t: HtmlChrome = HTML_CHROME.en): string {
  const pages = location.pages && location.pages.length > 0 ? location.pages : location.page !== undefined ? [location.page] : [];
  if (pages.length === 0) return '';
  if (pages.length === 1) return t.page(pages[0]!);
  const run = pages.every((p, i) => i === 0 || p === pages[i - 1]! + 1);
  return t.pages(run ? `${pages[0]}–${pages[pages.length - 1]}` : pages.join(t.pageSeparator));
}

/** `1.3.1 Organization profile, p. 7`, and where the location came from when it is not a tag. */
export function locationText(location: DisclosureLocation, t: HtmlChrome = HTML_CHROME.en): string {
  const text = [location.section, pageText(location, t)].filter(Boolean).join(t.comma);
  // A space before the English parenthesis; Chinese full-width parentheses take none.
  const space = t.lang === 'en' ? ' ' : '';
  if (location.via === 'crosswalk') return `${text}${space}${t.through(location.from)}`;
  if (location.via === 'index') return `${text}${space}${t.fromIndex}`;
  return text;
}

/** GRI 1's reasons read as words (`confidentiality constraints`); any other reason stays as written. */
export const reasonText = (reason: string): string => (/^[a-z]+(-[a-z]+)+$/.test(reason) ? reason.replace(/-/g, ' ') : reason);

/**
 * `report/01-about.md:40:16`; `report.pdf, p. 34, "Green Production"` where a source has no lines; the file
 * alone for findings about something missing.
 */
export function findingPosition(finding: Finding, locale: Locale = 'en'): string {
  if (finding.line === undefined) return fileWithPlace(finding, locale);
  return finding.column === undefined ? `${finding.file}:${finding.line}` : `${finding.file}:${finding.line}:${finding.column}`;
}

/** The position with a line-break opportunity after each `/` (long paths wrap at folders, not mid-name). */
export function positionMarkup(finding: Finding, locale: Locale = 'en'): Markup {
  return html`${findingPosition(finding, locale)
    .split('/')
    .map((part, i) => (i === 0 ? part : html`/<wbr>${part}`))}`;
}

/** A message with its `backtick` spans as <code>; every piece escaped. Unbalanced backticks stay text. */
export function messageMarkup(message: string): Markup {
  const parts = message.split('`');
  if (parts.length % 2 === 0) return html`${message}`;
  return html`${parts.map((part, i) => (i % 2 === 1 ? html`<code>${part}</code>` : part))}`;
}
