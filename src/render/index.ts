// The render layer: content-index documents to text. Sees only src/model, never engine or rules.
export { renderIndex, renderFrameworkIndex, INDEX_FORMATS } from './render-index.js';
export { presentIndex, presentIndexSet } from './present-index.js';
export { renderIndexWorkbook } from './xlsx/index-workbook.js';
export type { IndexFormat, RenderIndexOptions } from './render-index.js';
export { COLUMN_IDS } from './view.js';
export type { ColumnId, IndexView, ViewColumn, ViewGroup, ViewRow, ViewCell, HeaderCell } from './view.js';
export type {
  FrameworkFamily,
  FrameworkIndexView,
  FrameworkViewColumn,
  FrameworkViewGroup,
  FrameworkViewRow,
  FrameworkViewCell,
  FrameworkTableLine,
} from './framework-view.js';
export { escapeMarkdown, csvRecord } from './escape.js';
