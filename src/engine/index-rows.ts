// The rows of a report's own content index, resolved against the catalog: which version each row
// means (its printed title decides where it matches one, else the report's dates), and which
// material topic a per-topic row (3-3) manages.
import type { Catalog } from '../model/catalog.js';
import type { ContentIndexTable, IndexEntry } from '../model/content-index.js';
import { parseGriTopic } from '../model/ids.js';
import { resolveDisclosure, type ReportDates, type Resolution } from '../catalog/index.js';
import { pushAll } from '../arrays.js';

export interface ResolvedIndexRow {
  entry: IndexEntry;
  table: ContentIndexTable;
  /** Undefined when the code is not in the catalog (or does not parse). */
  resolution: Resolution | undefined;
  /** For per-topic rows: the topic of the rows it leads; for topic rows: their own topic. */
  topic: string | undefined;
  /** The row that opens its group (a label alone, or a heading such as "Emissions"); -1 before any. */
  group: number;
}

/** Titles in scripts the catalog has no official text for (Chinese) say nothing about the version. */
export function isComparableTitle(text: string): boolean {
  return /[A-Za-z]{3}/.test(text) && !/[\u3400-\u9fff]/.test(text);
}

function topicOfDef(catalog: Catalog, resolution: Resolution | undefined): string | undefined {
  const standard = resolution && catalog.standardById.get(resolution.def.standard);
  return standard?.series === 'topic' ? standard.topic : undefined;
}

/** `GRI 305: Emissions 2016` above a 3-3 row that no topic rows follow: the label names the topic. */
function topicOfLabel(catalog: Catalog, entry: IndexEntry): string | undefined {
  const number = entry.standard ? /\bGRI\s*(\d{1,3})\b/i.exec(entry.standard.text)?.[1] : undefined;
  const topic = number ? parseGriTopic(number) : undefined;
  return topic && catalog.standards.some((s) => s.series === 'topic' && s.topic === topic) ? topic : undefined;
}

/**
 * A per-topic row (3-3, or 103-1 … 103-3 of 2016) manages the topic of its group: the rows between two
 * break rows (a label standing alone, or a heading such as "Emissions"). A group with one topic gives
 * it to all its per-topic rows; a lone 3-3 beside 3-1 and 3-2 manages none (GRI 1 wants one per
 * material topic). Where a table has no breaks, the nearest topic row below (else above) decides.
 */
function assignTopics(catalog: Catalog, table: ContentIndexTable, rows: ResolvedIndexRow[]): void {
  const inEntries = new Set<number>();
  for (const { entry } of rows) [entry.row, ...entry.continuationRows].forEach((r) => inEntries.add(r));
  for (const r of table.repeatedHeaderRows) inEntries.add(r);
  const header = table.headerRow ?? 0;
  const groupOf = (row: number): number => {
    let at = row - 1;
    while (at > header && inEntries.has(at)) at -= 1;
    return at;
  };
  const groups = new Map<number, ResolvedIndexRow[]>();
  for (const row of rows) {
    row.group = groupOf(row.entry.row);
    const members = groups.get(row.group);
    if (members) members.push(row);
    else groups.set(row.group, [row]);
  }
  for (const members of groups.values()) {
    const topics = [...new Set(members.filter((m) => !m.resolution?.def.perMaterialTopic && m.topic).map((m) => m.topic!))];
    members.forEach((row, index) => {
      if (!row.resolution?.def.perMaterialTopic) return;
      if (topics.length === 1) {
        row.topic = topics[0];
        return;
      }
      const isTopicRow = (m: ResolvedIndexRow): boolean => !m.resolution?.def.perMaterialTopic && m.topic !== undefined;
      const below = members.slice(index + 1).find(isTopicRow);
      const above = members.slice(0, index).reverse().find(isTopicRow);
      row.topic = (topics.length > 1 ? (below ?? above)?.topic : undefined) ?? topicOfLabel(catalog, row.entry);
    });
  }
}

export function resolveIndexRows(catalog: Catalog, tables: ContentIndexTable[], dates: ReportDates): ResolvedIndexRow[] {
  const rows: ResolvedIndexRow[] = [];
  for (const table of tables) {
    const resolved = table.entries.map((entry) => {
      const title = entry.title && isComparableTitle(entry.title.text) ? entry.title.text : undefined;
      const resolution = entry.id ? resolveDisclosure(catalog, entry.id, dates, title) : undefined;
      return { entry, table, resolution, topic: topicOfDef(catalog, resolution), group: -1 };
    });
    assignTopics(catalog, table, resolved);
    pushAll(rows, resolved);
  }
  return rows;
}
