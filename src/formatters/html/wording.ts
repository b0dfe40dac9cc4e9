// The page's wording of result data: locations, statuses, reasons, finding positions, counts.
import type { DisclosureLocation, DisclosureStatus, Finding } from '../../model/finding.js';
import { html, type Markup } from './markup.js';

export const STATUS_LABEL: Readonly<Record<DisclosureStatus, string>> = {
  reported: 'Reported',
  omitted: 'Omitted',
  missing: 'Missing',
  'not-required': 'Not required',
};

export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

/** `p. 7`, `pp. 7–9` (a run), `pp. 7, 9, 12`; nothing without page markers. */
export function pageText(location: DisclosureLocation): string {
  const pages = location.pages && location.pages.length > 0 ? location.pages : location.page !== undefined ? [location.page] : [];
  if (pages.length === 0) return '';
  if (pages.length === 1) return `p. ${pages[0]}`;
  const run = pages.every((p, i) => i === 0 || p === pages[i - 1]! + 1);
  return run ? `pp. ${pages[0]}–${pages[pages.length - 1]}` : `pp. ${pages.join(', ')}`;
}

/** `1.3.1 Organization profile, p. 7`, and where the location came from when it is not a tag. */
export function locationText(location: DisclosureLocation): string {
  const text = [location.section, pageText(location)].filter(Boolean).join(', ');
  if (location.via === 'crosswalk') return `${text} (through ${location.from ?? 'an equivalent disclosure'})`;
  if (location.via === 'index') return `${text} (from the report's own index)`;
  return text;
}

/** GRI 1's reasons read as words (`confidentiality constraints`); any other reason stays as written. */
export const reasonText = (reason: string): string => (/^[a-z]+(-[a-z]+)+$/.test(reason) ? reason.replace(/-/g, ' ') : reason);

/** `report/01-about.md:40:16`, or the file alone for findings about something missing. */
export function findingPosition(finding: Finding): string {
  if (finding.line === undefined) return finding.file;
  return finding.column === undefined ? `${finding.file}:${finding.line}` : `${finding.file}:${finding.line}:${finding.column}`;
}

/** The position with a line-break opportunity after each `/` (long paths wrap at folders, not mid-name). */
export function positionMarkup(finding: Finding): Markup {
  return html`${findingPosition(finding)
    .split('/')
    .map((part, i) => (i === 0 ? part : html`/<wbr>${part}`))}`;
}

/** A message with its `backtick` spans as <code>; every piece escaped. Unbalanced backticks stay text. */
export function messageMarkup(message: string): Markup {
  const parts = message.split('`');
  if (parts.length % 2 === 0) return html`${message}`;
  return html`${parts.map((part, i) => (i % 2 === 1 ? html`<code>${part}</code>` : part))}`;
}
