// Bytes -> text. A report is UTF-8 (contracts.md §1); anything else is refused with one clear line
// instead of being parsed into garbage.
import { open, readFile, stat } from 'node:fs/promises';
import { DiscloseError } from '../model/errors.js';
import { MAX_PDF_BYTES, MAX_REPORT_BYTES } from '../limits.js';
import { isPdf, PDF_HEADER_WITHIN } from './pdf/sniff.js';

/**
 * Largest report read, one file or all its files together (16 MiB): a 300-page report is about 1 MiB of
 * Markdown, and the benchmark's 10 MB report (issue 7) must pass; 8 MiB of dense lists and tables parse in
 * about 50 s and 0.75 GB, so 16 MiB stays bounded. Larger input is a mistake (a data dump, a binary renamed
 * `.md`) or an attack, refused before it is read.
 */
export { MAX_REPORT_BYTES };

const utf8 = new TextDecoder('utf-8', { fatal: true });

const mib = (bytes: number): string => `${bytes / (1024 * 1024)} MiB`;
const LIMIT = mib(MAX_REPORT_BYTES);
const bytesText = (bytes: number): string => `${bytes.toLocaleString('en-US')} bytes`;

const tooLarge = (path: string, bytes: number, limit = MAX_REPORT_BYTES): DiscloseError =>
  limit === MAX_PDF_BYTES
    ? new DiscloseError('input', `\`${path}\`: PDF is larger than the ${mib(limit)} limit (${bytesText(bytes)})`, path)
    : new DiscloseError('input', `\`${path}\`: file is larger than the ${LIMIT} limit (${bytesText(bytes)}); expected a Markdown report of at most ${LIMIT}`, path);

/**
 * The byte limit of a file of `size` bytes: a PDF's is MAX_PDF_BYTES (its images are never decoded, its
 * pages and time are capped when read), any other file's MAX_REPORT_BYTES. Only a file over the smaller
 * limit has its first bytes read to tell; text decoded from any file stays under MAX_REPORT_BYTES.
 */
async function byteLimit(path: string, size: number): Promise<number> {
  if (size <= MAX_REPORT_BYTES) return MAX_REPORT_BYTES;
  try {
    const file = await open(path, 'r');
    try {
      const head = new Uint8Array(PDF_HEADER_WITHIN);
      const { bytesRead } = await file.read(head, 0, head.length, 0);
      return isPdf(head.subarray(0, bytesRead)) ? MAX_PDF_BYTES : MAX_REPORT_BYTES;
    } finally {
      await file.close();
    }
  } catch {
    return MAX_REPORT_BYTES;
  }
}

/** 1-based line of a byte offset, counting `\r\n`, `\r` and `\n` as line endings (as the parser does). */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10 || (bytes[i] === 13 && bytes[i + 1] !== 10)) line++;
  }
  return line;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** The UTF-16 or UTF-32 encoding a byte order mark names, or undefined. UTF-32 LE's BOM starts like UTF-16 LE's. */
function wideEncoding(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff)) return 'UTF-32';
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return 'UTF-16';
  return undefined;
}

/**
 * Decodes a report's bytes as UTF-8 (a BOM is dropped); `path` only names the file in errors, `textKind`
 * what it should hold (a config or baseline is read here too).
 */
export function decodeReportBytes(bytes: Uint8Array, path: string, textKind = 'Markdown text'): string {
  if (bytes.length > MAX_REPORT_BYTES) throw tooLarge(path, bytes.length);
  const wide = wideEncoding(bytes);
  if (wide) {
    throw new DiscloseError('input', `\`${path}\`: is not UTF-8 text but ${wide} (it starts with a ${wide} byte order mark); save it as UTF-8`, path);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new DiscloseError('input', `\`${path}\`: is a binary file (NUL byte at line ${lineAt(bytes, nul)}), not UTF-8 ${textKind}`, path);
  }
  try {
    // TextDecoder drops a leading UTF-8 BOM by default (ignoreBOM: false).
    return utf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const where = bad === -1 ? '' : ` (byte 0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')} at line ${lineAt(bytes, bad)})`;
    throw new DiscloseError('input', `\`${path}\`: is not valid UTF-8 text${where}; save it as UTF-8`, path);
  }
}

/** Reads one report file's bytes, refusing files over MAX_REPORT_BYTES before reading them. */
export async function readReportFileBytes(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    const limit = await byteLimit(path, info.size);
    if (info.size > limit) throw tooLarge(path, info.size, limit);
    return await readFile(path);
  } catch (error) {
    if (error instanceof DiscloseError) throw error;
    const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : String(error);
    throw new DiscloseError('input', `\`${path}\`: cannot be read (${code})`, path);
  }
}

/** Reads one report file as text, refusing files over MAX_REPORT_BYTES before reading them. */
export async function readReportFile(path: string): Promise<string> {
  return decodeReportBytes(await readReportFileBytes(path), path);
}

/** Reads a report's files as text, in order (readReportFilesBytes, then UTF-8). */
export async function readReportFiles(paths: readonly string[]): Promise<string[]> {
  const bytes = await readReportFilesBytes(paths);
  return bytes.map((b, i) => decodeReportBytes(b, paths[i]!));
}

/**
 * Reads a report's files' bytes, in order. Refuses before reading anything when one file, or all of them
 * together, exceed MAX_REPORT_BYTES.
 */
export async function readReportFilesBytes(paths: readonly string[]): Promise<Uint8Array[]> {
  await refuseLargeReport(paths);
  return Promise.all(paths.map((path) => readReportFileBytes(path)));
}

/** Refuses (before anything is read) a report with a file, or files together, larger than MAX_REPORT_BYTES. */
export async function refuseLargeReport(paths: readonly string[]): Promise<void> {
  // A file that cannot be stat'ed counts as empty here; readReportFile then says why it cannot be read.
  const sizes = await Promise.all(paths.map((path) => stat(path).then((info) => info.size, () => 0)));
  const limits = await Promise.all(paths.map((path, i) => byteLimit(path, sizes[i]!)));
  const large = sizes.findIndex((size, i) => size > limits[i]!);
  if (large !== -1) throw tooLarge(paths[large]!, sizes[large]!, limits[large]);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  // A report of PDFs only may be as large together as one PDF; a report with any other file as one text file.
  const totalLimit = limits.every((l) => l === MAX_PDF_BYTES) ? MAX_PDF_BYTES : MAX_REPORT_BYTES;
  if (total > totalLimit) {
    throw new DiscloseError(
      'input',
      `\`${paths[0]}\` and the report's ${paths.length - 1} other files are together larger than the ${LIMIT} limit (${bytesText(total)}); expected a report of at most ${LIMIT}`,
      paths[0],
    );
  }
}
