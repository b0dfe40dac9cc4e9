// The sidecar of a PDF or DOCX report (issue 13, items 4 and 5): `report.pdf` -> `report.disclose.yaml`
// beside it. A PDF cannot carry front matter or `<!-- disclose: -->` comments, so the sidecar holds both:
// the front matter's keys (overriding what was inferred from the text) and `disclose:` / `omit:` entries
// keyed by section heading. Parsed as front matter is (front-matter.ts: yaml with alias limits, the
// same value normalisation, ajv against schemas/sidecar.schema.json), so one bad value is one clear line.
import { existsSync } from 'node:fs';
import { DiscloseError } from '../../model/errors.js';
import type { ReportMeta } from '../../model/report.js';
import { sidecarName, SIDECAR_SUFFIX } from '../../model/sidecar-name.js';
import { readUserFile } from '../../user-file.js';
import { parseMetaYaml } from '../front-matter.js';
import type { Path } from '../front-matter-values.js';
import { STDIN_NAME } from '../stdin.js';

export const SIDECAR_SCHEMA = 'sidecar.schema.json';
export { SIDECAR_SUFFIX };

/** Where an entry stands in the sidecar, for findings that name it. */
export interface SidecarPlace {
  line: number;
  column: number;
}

export interface SidecarDisclose extends SidecarPlace {
  section: string;
  page?: number;
  /** The ids as written, one string per list item (each may list several: `GRI 305-1, GRI 305-2`). */
  ids: { text: string; line: number; column: number }[];
}

export interface SidecarOmit extends SidecarPlace {
  id: string;
  reason: string;
  explanation: string;
  section?: string;
  page?: number;
}

export interface Sidecar {
  /** The sidecar's path (beside the report). */
  file: string;
  meta: Partial<ReportMeta>;
  disclose: SidecarDisclose[];
  omit: SidecarOmit[];
}

/** `reports/acme.pdf` -> `reports/acme.disclose.yaml`; none for stdin. */
export function sidecarPath(reportPath: string): string | undefined {
  return reportPath === STDIN_NAME ? undefined : sidecarName(reportPath);
}

const META_KEYS = ['title', 'organization', 'period', 'published', 'language', 'frameworks'] as const;

/** Parses a sidecar's text. Throws DiscloseError (kind 'input') naming the sidecar and the line for bad YAML or values. */
export function parseSidecar(text: string, file: string): Sidecar {
  const parsed = parseMetaYaml(text, file, 1, { schema: SIDECAR_SCHEMA, what: 'sidecar' });
  const data = parsed.data;
  const meta: Partial<ReportMeta> = {};
  for (const key of META_KEYS) if (data[key] !== undefined) (meta as Record<string, unknown>)[key] = data[key];
  const at = (path: Path): SidecarPlace => parsed.positionOf(path);
  const disclose = ((data.disclose ?? []) as { section: string; page?: number; ids: string | string[] }[]).map((entry, i): SidecarDisclose => {
    const ids = typeof entry.ids === 'string' ? [{ text: entry.ids, ...at(['disclose', i, 'ids']) }] : entry.ids.map((text, j) => ({ text, ...at(['disclose', i, 'ids', j]) }));
    return { section: entry.section, ...(entry.page !== undefined ? { page: entry.page } : {}), ids, ...at(['disclose', i]) };
  });
  const omit = ((data.omit ?? []) as Omit<SidecarOmit, 'line' | 'column'>[]).map((entry, i): SidecarOmit => ({ ...entry, ...at(['omit', i]) }));
  return { file, meta, disclose, omit };
}

/** The sidecar beside `reportPath`, when there is one (read with a user file's limits). */
export function readSidecar(reportPath: string): Sidecar | undefined {
  const file = sidecarPath(reportPath);
  if (file === undefined || !existsSync(file)) return undefined;
  const text = readUserFile(file, {
    what: 'sidecar',
    kind: 'input',
    cannotRead: (problem) => new DiscloseError('input', `\`${file}\`: cannot read the sidecar (${problem})`, file),
  });
  return parseSidecar(text, file);
}
