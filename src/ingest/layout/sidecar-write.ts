// `suggest --write` on a PDF or DOCX (issue 13, item 5): the accepted tags go into the sidecar, never into
// the report. The sidecar's text is edited as a YAML document (the `yaml` package keeps the user's
// comments, order and other keys), a new file is started when there is none; an entry for a section
// already listed gets the new ids added to its own. Pure: reading and the atomic write are the caller's.
import { Document, isMap, isScalar, isSeq, parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { DiscloseError } from '../../model/errors.js';
import type { Section } from '../../model/report.js';

export interface SidecarAddition {
  section: Section;
  ids: string[];
}

/** The page to name with a heading: only where the same heading is printed more than once. */
function pageNeeded(section: Section, sections: readonly Section[]): number | undefined {
  const same = sections.filter((s) => s.depth > 0 && s.title === section.title);
  return same.length > 1 ? section.page : undefined;
}

function sameEntry(item: unknown, section: string, page: number | undefined): item is YAMLMap {
  if (!isMap(item)) return false;
  const written = item.get('section');
  const writtenPage = item.get('page');
  return written === section && (writtenPage === undefined ? page === undefined : writtenPage === page);
}

/** `before` (the sidecar's text, '' when there is none) with `additions` in its `disclose:` list. */
export function addToSidecar(before: string, file: string, additions: readonly SidecarAddition[], sections: readonly Section[]): string {
  const doc: Document = before.trim() === '' ? new Document(new YAMLMap()) : parseDocument(before);
  if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents))) {
    throw new DiscloseError('input', `\`${file}\`: sidecar is not a YAML mapping of report keys; nothing was written to it`, file);
  }
  if (doc.contents === null) doc.contents = new YAMLMap();
  let list = doc.get('disclose');
  if (!isSeq(list)) {
    list = new YAMLSeq();
    doc.set('disclose', list);
  }
  const seq = list as YAMLSeq;
  for (const addition of additions) {
    const page = pageNeeded(addition.section, sections);
    const existing = seq.items.find((item) => sameEntry(item, addition.section.title, page));
    if (existing) {
      const ids = existing.get('ids', true);
      const written = isSeq(ids) ? ids.items.map((i) => String(isScalar(i) ? i.value : i)) : isScalar(ids) ? String(ids.value).split(/[,;，；、]/).map((s) => s.trim()) : [];
      const added = addition.ids.filter((id) => !written.includes(id));
      if (isSeq(ids)) for (const id of added) ids.add(id);
      else existing.set('ids', [...written.filter(Boolean), ...added]);
      continue;
    }
    seq.add(doc.createNode({ section: addition.section.title, ...(page !== undefined ? { page } : {}), ids: addition.ids }));
  }
  if (before.trim() === '') doc.commentBefore = ' disclose sidecar: tags and metadata for the report beside it (disclose suggest --write)';
  return doc.toString({ lineWidth: 0 });
}
