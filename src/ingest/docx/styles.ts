// Paragraph styles (word/styles.xml) and what the reader asks of them through the basedOn chain: heading
// level, list numbering, page break before, contents-page entry. A style inherits what it does not say
// from the style it is based on (ECMA-376 Part 1 §17.7.2), so each question walks the chain, closest first.
import { HEADING_STYLE_NAME, NUMERIC_HEADING_STYLE_ID, TITLE_STYLE_NAME, TOC_STYLE_NAME } from './vocabulary.js';
import { child, elements, isOn, isOnValue, path, val, type XmlElement } from './xml.js';

interface StyleDef {
  id: string;
  name?: string;
  basedOn?: string;
  outlineLevel?: number;
  numPr?: NumberingRef;
  pageBreakBefore?: boolean;
  spacing?: XmlElement;
}

/** A paragraph's vertical spacing (`w:spacing`, ECMA-376 §17.3.1.33), for the page estimate. */
export interface ParagraphSpacing {
  /** Space before and after, in points. */
  before: number;
  after: number;
  /** Line height relative to single spacing (`w:line` in 240ths with `w:lineRule="auto"`). */
  lineFactor: number;
}

/** A paragraph's list reference: `w:numPr` (num id, and level when given). */
export interface NumberingRef {
  numId: string;
  ilvl?: number;
}

/** Chains longer than this are cycles or nonsense (Word's deepest built-in chain is 3 or 4). */
const MAX_CHAIN = 32;

export function numberingRef(pPr: XmlElement | undefined): NumberingRef | undefined {
  const numPr = child(pPr, 'w:numPr');
  const numId = val(numPr, ['w:numId']);
  if (numId === undefined) return undefined;
  const ilvl = Number(val(numPr, ['w:ilvl']));
  return { numId, ...(Number.isInteger(ilvl) && ilvl >= 0 && ilvl <= 8 ? { ilvl } : {}) };
}

function halfPoints(value: string | undefined): number | undefined {
  const size = Number(value);
  return value !== undefined && Number.isInteger(size) && size > 0 ? size : undefined;
}

export function outlineLevel(pPr: XmlElement | undefined): number | undefined {
  const level = Number(val(pPr, ['w:outlineLvl']));
  return Number.isInteger(level) && level >= 0 && level <= 9 ? level : undefined;
}

export class Styles {
  private readonly byId = new Map<string, StyleDef>();
  /** Numbering (list) styles: the num each one stands for (a multilevel list a template defines once). */
  readonly listStyles = new Map<string, string>();
  readonly defaultParagraphStyle: string | undefined;
  /** Language of the default run properties (`w:docDefaults`): `w:val`, and `w:eastAsia` for CJK text. */
  readonly language: { latin?: string; eastAsia?: string };
  /** Body text size (`w:sz`, half-points) of the default paragraph style, else of the document defaults. */
  readonly defaultHalfPoints: number | undefined;
  private readonly defaultSpacing: XmlElement | undefined;

  constructor(root: XmlElement | undefined) {
    let defaultStyle: string | undefined;
    let defaultStyleSize: number | undefined;
    for (const style of root ? elements(root) : []) {
      const id = style.attrs['w:styleId'];
      if (style.name !== 'w:style' || id === undefined) continue;
      if (style.attrs['w:type'] === 'numbering') {
        const ref = numberingRef(child(style, 'w:pPr'));
        if (ref) this.listStyles.set(id, ref.numId);
        continue;
      }
      if (style.attrs['w:type'] !== 'paragraph') continue;
      const pPr = child(style, 'w:pPr');
      const name = val(style, ['w:name']);
      const basedOn = val(style, ['w:basedOn']);
      const level = outlineLevel(pPr);
      const numPr = numberingRef(pPr);
      const breakBefore = child(pPr, 'w:pageBreakBefore');
      this.byId.set(id, {
        id,
        ...(name !== undefined ? { name: name.trim() } : {}),
        ...(basedOn !== undefined ? { basedOn } : {}),
        ...(level !== undefined ? { outlineLevel: level } : {}),
        ...(numPr ? { numPr } : {}),
        ...(breakBefore ? { pageBreakBefore: isOn(breakBefore) } : {}),
        ...(child(pPr, 'w:spacing') ? { spacing: child(pPr, 'w:spacing')! } : {}),
      });
      if (isOnValue(style.attrs['w:default'])) {
        defaultStyle = id;
        defaultStyleSize = halfPoints(val(child(style, 'w:rPr'), ['w:sz']));
      }
    }
    this.defaultParagraphStyle = defaultStyle;
    this.defaultSpacing = path(root, 'w:docDefaults', 'w:pPrDefault', 'w:pPr', 'w:spacing');
    this.defaultHalfPoints = defaultStyleSize ?? halfPoints(val(path(root, 'w:docDefaults', 'w:rPrDefault', 'w:rPr'), ['w:sz']));
    const lang = path(root, 'w:docDefaults', 'w:rPrDefault', 'w:rPr', 'w:lang');
    this.language = {
      ...(lang?.attrs['w:val'] ? { latin: lang.attrs['w:val'] } : {}),
      ...(lang?.attrs['w:eastAsia'] ? { eastAsia: lang.attrs['w:eastAsia'] } : {}),
    };
  }

  private *chain(styleId: string | undefined): Generator<StyleDef> {
    const seen = new Set<string>();
    let id = styleId ?? this.defaultParagraphStyle;
    while (id !== undefined && !seen.has(id) && seen.size < MAX_CHAIN) {
      seen.add(id);
      const style = this.byId.get(id);
      if (!style) return;
      yield style;
      id = style.basedOn;
    }
  }

  /** 1–9 when the style (or one it is based on) is a heading or title; undefined for body text. */
  headingLevel(styleId: string | undefined): number | undefined {
    for (const style of this.chain(styleId)) {
      const name = style.name;
      const heading = name === undefined ? undefined : HEADING_STYLE_NAME.exec(name);
      if (heading) return Number(heading[1]);
      if (name !== undefined && TITLE_STYLE_NAME.test(name)) return 1;
      if (style.outlineLevel !== undefined) return style.outlineLevel === 9 ? undefined : style.outlineLevel + 1;
      const numeric = name === undefined ? NUMERIC_HEADING_STYLE_ID.exec(style.id) : null;
      if (numeric) return Number(numeric[1]);
    }
    return undefined;
  }

  isContentsEntry(styleId: string | undefined): boolean {
    for (const style of this.chain(styleId)) if (style.name !== undefined && TOC_STYLE_NAME.test(style.name)) return true;
    return false;
  }

  numbering(styleId: string | undefined): NumberingRef | undefined {
    for (const style of this.chain(styleId)) if (style.numPr) return style.numPr;
    return undefined;
  }

  /**
   * Spacing before and after a paragraph and its line height: each attribute from the closest of the
   * paragraph's own properties, its style chain and the document defaults (ECMA-376 §17.7.2).
   */
  spacing(styleId: string | undefined, pPr: XmlElement | undefined): ParagraphSpacing {
    const sources = [child(pPr, 'w:spacing'), ...[...this.chain(styleId)].map((style) => style.spacing), this.defaultSpacing];
    const attr = (name: string): string | undefined => {
      for (const source of sources) if (source?.attrs[name] !== undefined) return source.attrs[name];
      return undefined;
    };
    const points = (name: string): number => {
      const value = Number(attr(name));
      return Number.isFinite(value) && value >= 0 && value < 31680 ? value / 20 : 0;
    };
    const line = Number(attr('w:line'));
    const rule = attr('w:lineRule');
    const lineFactor = (rule === undefined || rule === 'auto') && Number.isFinite(line) && line >= 120 && line <= 720 ? line / 240 : 1;
    return { before: points('w:before'), after: points('w:after'), lineFactor };
  }

  pageBreakBefore(styleId: string | undefined): boolean {
    for (const style of this.chain(styleId)) if (style.pageBreakBefore !== undefined) return style.pageBreakBefore;
    return false;
  }
}
