// A laid-out document (PDF, DOCX) as Markdown, for `disclose convert` (issue 13, item 6): front matter with
// the metadata (a comment says which values were inferred), `<!-- page: N -->` markers with the printed
// numbers (a roman label as written: the Markdown reader takes it as an unnumbered page), headings at their
// levels, paragraphs, GFM tables, and the sidecar's entries as directives. Everything from the report is
// escaped (render/escape.ts, plus the block starts it leaves alone), so a report's `|`, `<!--`, `#` or `*`
// stays text. Deterministic: the same document gives the same bytes.
import { Document } from 'yaml';
import type { LaidOutDocument, LaidOutBlock } from '../ingest/layout/document.js';
import type { InferredMeta, Report, ReportMeta } from '../model/report.js';
import { escapeMarkdown } from '../render/escape.js';

/** Inline escaping, then what would start a block at the start of a line: `#`, `>`, `-`, `+`, `=`, `1.`, `1)`. */
export function escapeMarkdownBlock(text: string): string {
  const inline = escapeMarkdown(text.replace(/\s+/g, ' '));
  return inline.replace(/^([#>\-+=])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/**
 * A heading's text after `## `: inline escaping only (`1.1 Scope` cannot start a list there), and a closing
 * run of `#` after a space escaped, which CommonMark would otherwise drop as the heading's closing sequence.
 */
export function escapeHeadingText(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, ' ')).replace(/(^|\s)(#+)$/, '$1\\$2');
}

/** Text inside an HTML comment (a directive): `--` would end or break it. */
const commentText = (text: string): string => text.replace(/\s+/g, ' ').replace(/-{2,}/g, '-').trim();

function frontMatter(meta: ReportMeta, inferred: InferredMeta): string {
  const data: Record<string, unknown> = {};
  for (const key of ['title', 'organization', 'period', 'published', 'language'] as const) if (meta[key] !== undefined) data[key] = meta[key];
  if (Object.keys(meta.frameworks).length > 0) data.frameworks = meta.frameworks;
  if (Object.keys(data).length === 0) return '';
  const doc = new Document(data);
  const keys = Object.keys(inferred);
  if (keys.length > 0) {
    const where = (key: string): string => {
      const value = inferred[key]!;
      const page = value.page ?? value.pageLabel;
      return `${key} (${value.from === 'document-info' ? "file's properties" : page !== undefined ? `p. ${page}` : value.from})`;
    };
    doc.commentBefore = ` Inferred by disclose from the report, to be checked: ${keys.map(where).join(', ')}`;
  }
  return `---\n${doc.toString({ lineWidth: 0 })}---\n\n`;
}

function table(rows: readonly (readonly string[])[]): string {
  const width = rows.reduce((most, row) => Math.max(most, row.length), 0);
  const line = (row: readonly string[]): string => `| ${Array.from({ length: width }, (_, i) => escapeMarkdown(row[i] ?? '')).join(' | ')} |`;
  return [line(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
}

/** The printed page a block starts on, as a `page:` value (`34`, `iv`), or undefined for an unnumbered sheet. */
function pageValue(doc: LaidOutDocument, index: number): string | undefined {
  const page = doc.pages.find((p) => p.index === index);
  if (!page) return String(index);
  if (page.number !== undefined) return String(page.number);
  return page.label !== undefined && /^[ivxlc]+$/i.test(page.label.trim()) ? page.label.trim() : undefined;
}

/**
 * The Markdown of `doc`; `report` (layoutToReport of the same document) gives the metadata in effect and
 * the sidecar's tags and omissions, written as directives in the sections they name.
 */
export function layoutToMarkdown(doc: LaidOutDocument, report: Report): string {
  const parts: string[] = [frontMatter(report.meta, report.inferred ?? {})];
  const directives = new Map<number, string[]>();
  const add = (section: number, line: string): void => {
    const list = directives.get(section) ?? [];
    if (!list.includes(line)) list.push(line);
    directives.set(section, list);
  };
  for (const tag of report.tags) add(tag.section, `<!-- disclose: ${commentText(tag.raw)} -->`);
  for (const o of report.omissions) add(o.section, `<!-- omit: ${commentText(o.raw)} | ${commentText(o.reason)} | ${commentText(o.explanation)} -->`);
  const body: string[] = [...(directives.get(0) ?? [])];
  let page: string | undefined;
  let section = 0;
  for (const block of doc.blocks as readonly LaidOutBlock[]) {
    const here = pageValue(doc, block.page);
    if (here !== undefined && here !== page) body.push(`<!-- page: ${here} -->`);
    page = here ?? page;
    if (block.kind === 'heading') {
      section++;
      const text = escapeHeadingText(block.text);
      if (text !== '') body.push(`${'#'.repeat(Math.min(6, Math.max(1, block.level)))} ${text}`);
      for (const directive of directives.get(section) ?? []) body.push(directive);
    } else if (block.kind === 'paragraph') {
      const text = escapeMarkdownBlock(block.text);
      if (text !== '') body.push(text);
    } else if (block.rows.length > 0) {
      body.push(table(block.rows));
    }
  }
  parts.push(body.join('\n\n'), '\n');
  return parts.join('');
}
