// Deterministic order: by file (report order), then position — line, or page where a source has no lines
// (PDF, DOCX); file-level findings last — then rule
// registry order as emitted, then message. Same input, same bytes.
import type { Finding } from '../model/finding.js';

export function sortFindings(findings: Finding[], files: string[]): Finding[] {
  const fileRank = new Map(files.map((file, index) => [file, index]));
  const emitted = new Map(findings.map((finding, index) => [finding, index]));
  return [...findings].sort((a, b) => {
    const byFile = (fileRank.get(a.file) ?? files.length) - (fileRank.get(b.file) ?? files.length) || a.file.localeCompare(b.file);
    if (byFile !== 0) return byFile;
    const lineA = a.line ?? Number.MAX_SAFE_INTEGER;
    const lineB = b.line ?? Number.MAX_SAFE_INTEGER;
    const pageA = a.page ?? Number.MAX_SAFE_INTEGER;
    const pageB = b.page ?? Number.MAX_SAFE_INTEGER;
    return lineA - lineB || pageA - pageB || (a.column ?? 0) - (b.column ?? 0) || emitted.get(a)! - emitted.get(b)!;
  });
}
