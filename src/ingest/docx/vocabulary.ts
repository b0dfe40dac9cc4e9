// Reader vocabulary for DOCX (not standards): the names Word and other producers give built-in paragraph
// styles, in the languages reports are written in. Word writes English built-in names (`heading 1`) in
// styles.xml whatever the UI language, with localised style ids (`1`, `2` in Chinese Word; `berschrift1`
// in German Word); other producers (WPS, converters) write the localised name itself (`标题 1`).

/** A heading style name and its level: `heading 1`, `Heading 2`, `标题 3`, `標題 1`. */
export const HEADING_STYLE_NAME = /^(?:heading|标题|標題)\s*([1-9])$/i;

/** The document title style (`Title`, `标题`): a level-1 heading. */
export const TITLE_STYLE_NAME = /^(?:title|标题|標題)$/i;

/** Table-of-contents entry styles (`toc 1`, `目录 1`): the contents page, left out like a PDF's. */
export const TOC_STYLE_NAME = /^(?:toc|目录|目錄)\s*[1-9]$/i;

/** Style ids Chinese and Japanese Word give `heading 1`–`heading 9` when the name says nothing. */
export const NUMERIC_HEADING_STYLE_ID = /^([1-9])$/;
