// The one-line refusals of a PDF (issue 13, item 7): exit 2 through DiscloseError kind 'input'.
import { DiscloseError } from '../../model/errors.js';

const refuse = (path: string, message: string): DiscloseError => new DiscloseError('input', `${path}: ${message}`, path);

export const scanned = (path: string, empty: number, pages: number): DiscloseError =>
  refuse(path, `no text on ${empty} of ${pages} pages (a scanned document?); run OCR first, e.g. ocrmypdf -l chi_sim+eng`);

export const encrypted = (path: string): DiscloseError =>
  refuse(path, 'is an encrypted PDF that needs a password; save an unprotected copy (e.g. qpdf --decrypt in.pdf out.pdf) and check that');

export const corrupt = (path: string, why: string): DiscloseError =>
  refuse(path, `cannot be read as a PDF (${why}); it may be truncated or damaged: download or export it again`);

export const tooManyPages = (path: string, pages: number, max: number): DiscloseError =>
  refuse(path, `has ${pages.toLocaleString('en-US')} pages, more than the limit of ${max.toLocaleString('en-US')} (set a higher page limit to read it)`);

export const tooSlow = (path: string, limitMs: number, pagesRead: number, pages: number): DiscloseError =>
  refuse(path, `took longer than the ${Number((limitMs / 1000).toFixed(3))} s limit to read (${pagesRead} of ${pages} pages read); set a higher time limit to read it`);
