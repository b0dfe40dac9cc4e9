// The PDF limits a user may raise or lower without code (issue 13, item 7: "a page cap and a time limit,
// both configurable"): `DISCLOSE_PDF_MAX_PAGES` and `DISCLOSE_PDF_TIMEOUT` (seconds), read when a PDF is
// read, so a CI job or a shell sets them once for every command. Environment variables rather than config
// keys: the limits guard the reader itself, before any report or config is trusted, and a library caller
// passes `limits` to layOutPdf directly.
import { DiscloseError } from '../../model/errors.js';
import { MAX_PDF_PAGES, PDF_TIMEOUT_MS } from '../../limits.js';

/** Caps on what one PDF may cost (issue 13, item 7). */
export interface PdfLimits {
  maxPages: number;
  timeoutMs: number;
}

function positive(name: string, env: NodeJS.ProcessEnv): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new DiscloseError('usage', `${name}=${JSON.stringify(raw.slice(0, 40))}: expected a positive number`);
  return value;
}

/** The limits in effect: the caller's, else the environment's, else the defaults of src/limits.ts. */
export function pdfLimits(given: Partial<PdfLimits> | undefined, env: NodeJS.ProcessEnv = process.env): PdfLimits {
  const seconds = positive('DISCLOSE_PDF_TIMEOUT', env);
  return {
    maxPages: given?.maxPages ?? Math.floor(positive('DISCLOSE_PDF_MAX_PAGES', env) ?? MAX_PDF_PAGES),
    timeoutMs: given?.timeoutMs ?? (seconds !== undefined ? seconds * 1000 : PDF_TIMEOUT_MS),
  };
}
