// One short report in two shapes: as Markdown, and as the laid-out document a PDF or DOCX reader hands over
// (a heading and a paragraph per section, one section per printed page after the title page). For tests of
// what suggest does differently with laid-out text, on the same words.
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { layoutToReport } from '../../src/ingest/layout/to-report.js';
import type { LaidOutBlock, LaidOutDocument } from '../../src/ingest/layout/document.js';
import type { Report } from '../../src/model/report.js';

/** A section: its level under the report's title (1 = chapter), its heading, its text. */
export type TwinSection = [level: number, title: string, text: string];

const FRONT = { language: 'en' as const, period: { start: '2024-01-01', end: '2024-12-31' }, frameworks: { gri: { claim: 'with-reference' as const } } };
const FRONT_MATTER = '---\nlanguage: en\nperiod:\n  start: 2024-01-01\n  end: 2024-12-31\nframeworks:\n  gri:\n    claim: with-reference\n---\n\n';

/** English, 2024, GRI "with reference", in both shapes; `name` is the file name without its extension. */
export function laidOutTwin(name: string, title: string, sections: readonly TwinSection[]) {
  return {
    markdown(): Report {
      const body = sections.map(([level, heading, text]) => `${'#'.repeat(level + 1)} ${heading}\n\n${text}\n`).join('\n');
      return parseMarkdownReport([{ path: `${name}.md`, text: `${FRONT_MATTER}# ${title}\n\n${body}` }]);
    },
    laidOut(format: 'pdf' | 'docx'): Report {
      const blocks: LaidOutBlock[] = [{ kind: 'heading', level: 1, text: title, page: 1 }];
      sections.forEach(([level, heading, text], k) => blocks.push({ kind: 'heading', level: level + 1, text: heading, page: k + 2 }, { kind: 'paragraph', text, page: k + 2 }));
      const pages = Array.from({ length: sections.length + 1 }, (_, k) => ({ index: k + 1, number: k + 1 }));
      const doc: LaidOutDocument = { file: `${name}.${format}`, format, pages, pageNumberSource: 'printed', pagesApproximate: format === 'docx', blocks, info: { title }, notes: [] };
      return layoutToReport(doc, undefined, FRONT);
    },
  };
}
