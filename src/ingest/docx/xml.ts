// XML parts of a DOCX as a small element tree, in document order. Parsing is fast-xml-parser's (validated,
// in preserveOrder mode, so runs, fields and breaks keep their order); this module only turns its
// `{ tag: children, ':@': attributes }` shape into named elements the walkers can read, and refuses what
// a WordprocessingML part never is (malformed XML, a DTD, absurd nesting) with one line.
import type { XMLParser as Parser } from 'fast-xml-parser';
import { createRequire } from 'node:module';
import { DiscloseError } from '../../model/errors.js';
import { MAX_DOCX_XML_DEPTH, MAX_DOCX_XML_ELEMENTS } from '../../limits.js';

export interface XmlElement {
  /** The qualified name as written (`w:p`): OOXML producers write the spec's prefixes. */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

type RawNode = Record<string, unknown>;

let parser: Parser | undefined;

function getParser(): Parser {
  // Loaded on first use, like JSZip: only a DOCX (or a JUnit report) needs it.
  const { XMLParser } = createRequire(import.meta.url)('fast-xml-parser') as { XMLParser: typeof Parser };
  parser ??= new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    // Text exactly as written: `<w:t xml:space="preserve"> </w:t>` is a space; no number conversion.
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    // XML's five named entities are decoded by the parser; its HTML entity table (which would also decode
    // numeric references) tripled the parse time of a 2.6 MB document.xml, so numeric references
    // (`&#x4E2D;`, rare in DOCX: Word writes UTF-8) are decoded in `convert` below.
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    // Its own default (100) is below what a document with tables in tables in text boxes may reach.
    maxNestedTags: MAX_DOCX_XML_DEPTH,
  });
  return parser;
}

const NUMERIC_REFERENCE = /&#(?:x([0-9a-f]+)|([0-9]+));/gi;

function decodeNumericReferences(text: string): string {
  if (!text.includes('&#')) return text;
  return text.replace(NUMERIC_REFERENCE, (whole, hex: string | undefined, decimal: string | undefined) => {
    const code = hex !== undefined ? parseInt(hex, 16) : Number(decimal);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function decodeAttributes(attrs: Record<string, string>): Record<string, string> {
  for (const [name, value] of Object.entries(attrs)) if (value.includes('&#')) attrs[name] = decodeNumericReferences(value);
  return attrs;
}

// Most elements have no attributes or no children: they share these (never written to).
const NO_ATTRS: Record<string, string> = Object.freeze({}) as Record<string, string>;
const NO_CHILDREN: XmlNode[] = Object.freeze([]) as unknown as XmlNode[];

/**
 * The parser's nodes -> elements. Each parser node is released once converted, so the garbage collector
 * can take the parser's tree while this one grows (peak memory is about one tree, not two).
 */
function convert(raw: Array<RawNode | undefined>, depth: number, fail: () => DiscloseError): XmlNode[] {
  if (depth > MAX_DOCX_XML_DEPTH) throw fail();
  const out: XmlNode[] = [];
  for (let i = 0; i < raw.length; i++) {
    const node = raw[i]!;
    raw[i] = undefined;
    for (const key in node) {
      if (key === ':@') continue;
      const value = node[key];
      if (key === '#text') {
        out.push(decodeNumericReferences(String(value)));
        continue;
      }
      const given = node[':@'] as Record<string, string> | undefined;
      const attrs = given ? decodeAttributes(given) : NO_ATTRS;
      const children = Array.isArray(value) && value.length > 0 ? convert(value as RawNode[], depth + 1, fail) : NO_CHILDREN;
      out.push({ name: key, attrs, children });
    }
  }
  return out;
}

const LT = 0x3c;
const NOT_A_START_TAG = new Set([0x2f, 0x21, 0x3f]); // `</`, `<!`, `<?`

/** Start tags in a part, counted before parsing: the parser's tree costs memory per element. */
function startTags(xml: string): number {
  let count = 0;
  for (let at = xml.indexOf('<'); at !== -1; at = xml.indexOf('<', at + 1)) if (!NOT_A_START_TAG.has(xml.charCodeAt(at + 1))) count++;
  return count;
}

/** The WordprocessingML main namespace, transitional and strict (ECMA-376 Part 1 §17; Part 1 strict). */
export const WORDPROCESSINGML = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);

/**
 * The walkers read WordprocessingML by the prefix every Office producer writes (`w:`); a part that binds
 * the namespace to another prefix on its root (`ns0:`, from a generic XML writer) is renamed to `w:`.
 */
function renamePrefix(node: XmlElement, from: string): void {
  const rename = (name: string): string => (name.startsWith(from) ? `w:${name.slice(from.length)}` : name);
  const attrs: Record<string, string> = {};
  for (const [name, value] of Object.entries(node.attrs)) attrs[rename(name)] = value;
  node.name = rename(node.name);
  node.attrs = attrs;
  for (const c of node.children) if (typeof c !== 'string') renamePrefix(c, from);
}

/** The root element of an XML part; refuses malformed XML and DTDs (OPC forbids DTDs in parts). */
export function parseXmlPart(xml: string, path: string, part: string): XmlElement {
  const fail = (why: string): DiscloseError => new DiscloseError('input', `\`${path}\`: the DOCX part ${part} ${why}`, path);
  const tooDeep = (): DiscloseError => fail(`nests elements more than ${MAX_DOCX_XML_DEPTH} deep; refused`);
  // A DTD could declare entities that expand without bound (billion laughs); no WordprocessingML part has one.
  if (/<!DOCTYPE/i.test(xml.slice(0, 4096))) throw fail('declares a DTD, which a DOCX part never does; refused');
  if (startTags(xml) > MAX_DOCX_XML_ELEMENTS) throw fail(`has more than ${MAX_DOCX_XML_ELEMENTS.toLocaleString('en')} elements; refused`);
  let raw: RawNode[];
  try {
    raw = getParser().parse(xml, true) as RawNode[];
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    if (/nested tags/i.test(reason)) throw tooDeep();
    throw fail(`is not well-formed XML (${reason.slice(0, 120)})`);
  }
  const root = convert(raw, 0, tooDeep).find((node): node is XmlElement => typeof node !== 'string');
  if (!root) throw fail('has no root element');
  const prefix = Object.entries(root.attrs).find(([name, value]) => name.startsWith('xmlns:') && name !== 'xmlns:w' && WORDPROCESSINGML.has(value))?.[0].slice('xmlns:'.length);
  if (prefix !== undefined && root.attrs['xmlns:w'] === undefined) {
    renamePrefix(root, `${prefix}:`);
    root.attrs['xmlns:w'] = root.attrs[`xmlns:${prefix}`]!;
  }
  return root;
}

export function elements(node: XmlElement): XmlElement[] {
  return node.children.filter((child): child is XmlElement => typeof child !== 'string');
}

export function child(node: XmlElement | undefined, name: string): XmlElement | undefined {
  return node?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** A descendant by a path of child names (`w:pPr`, `w:numPr`, `w:ilvl`). */
export function path(node: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let at = node;
  for (const name of names) at = child(at, name);
  return at;
}

/** `w:val` (or another attribute) of the element at a child path. */
export function val(node: XmlElement | undefined, names: string[], attr = 'w:val'): string | undefined {
  return path(node, ...names)?.attrs[attr];
}

/** All text directly and deeply inside (for simple parts: core properties). */
export function textOf(node: XmlElement | undefined): string {
  if (!node) return '';
  return node.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/**
 * An OOXML on/off property (`<w:pageBreakBefore/>`, `w:val="false"`/`"0"`/`"off"`): present and not
 * switched off (ECMA-376 Part 1 §17.17.4 ST_OnOff).
 */
export function isOn(node: XmlElement | undefined): boolean {
  if (!node) return false;
  const value = node.attrs['w:val'];
  return value === undefined || isOnValue(value);
}

/** An ST_OnOff attribute value that is present and on (`w:default="1"`). */
export function isOnValue(value: string | undefined): boolean {
  return value !== undefined && !['false', '0', 'off'].includes(value);
}
