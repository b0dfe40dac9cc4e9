// Types of hostile-shapes.mjs, for the tests in test/hostile/ and test/ingest/.
export function wideTable(columns: number, chars: number): string;
export function longParagraph(chars: number): string;
export function bigCell(chars: number): string;
export function frontMatterList(chars: number): string;
export function aliasBomb(items: number, aliases: number): string;
export function nestedList(chars: number): string;
export function redosGlob(stars: number): { ignore: string[] };
export function manyFindings(count: number): string;
