// List and heading numbers (word/numbering.xml) as Word shows them: `3.2`, `第三章`, `(iv)`. A paragraph
// refers to a num; a num to an abstract definition whose levels give start, format and text (`%1.%2`).
// Counters belong to the abstract definition (Word continues a list across nums that share it), a level
// restarts when a shallower one advances (unless `w:lvlRestart` says otherwise), and a num's
// `w:startOverride` restarts its level on the num's first use, and a definition that only links to a list
// style (`w:numStyleLink`, how Word templates define heading numbering once) uses that style's definition
// (ECMA-376 Part 1 §17.9).
import { formatNumber } from './number-formats.js';
import type { NumberingRef } from './styles.js';
import { child, elements, isOn, val, type XmlElement } from './xml.js';

interface Level {
  start: number;
  format: string;
  text: string;
  /** What follows the number: a tab (shown as a space), a space, or nothing. */
  suffix: string;
  /** `w:isLgl`: every level shown as decimal (`1.1.1` under a `第一章` chapter). */
  legal: boolean;
  /** 1-based level after which this one restarts; 0 never; undefined the one above. */
  restartAfter?: number;
  /** The paragraph style this level is tied to (`Heading2`), used when a style's numPr gives no level. */
  style?: string;
}

interface Num {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: Level }>;
}

const MAX_LEVELS = 9;

function parseLevel(lvl: XmlElement): Level {
  const start = Number(val(lvl, ['w:start']));
  const restart = Number(val(lvl, ['w:lvlRestart']));
  const suff = val(lvl, ['w:suff']);
  const style = val(lvl, ['w:pStyle']);
  return {
    start: Number.isInteger(start) && start >= 0 ? start : 1,
    format: val(lvl, ['w:numFmt']) ?? 'decimal',
    text: val(lvl, ['w:lvlText']) ?? '',
    suffix: suff === 'nothing' ? '' : ' ',
    legal: isOn(child(lvl, 'w:isLgl')),
    ...(Number.isInteger(restart) && restart >= 0 ? { restartAfter: restart } : {}),
    ...(style !== undefined ? { style } : {}),
  };
}

function levelsOf(parent: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of elements(parent)) {
    const ilvl = Number(lvl.attrs['w:ilvl']);
    if (lvl.name === 'w:lvl' && Number.isInteger(ilvl) && ilvl >= 0 && ilvl < MAX_LEVELS) levels.set(ilvl, parseLevel(lvl));
  }
  return levels;
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, Num>();
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly used = new Set<string>();

  /** Abstract definitions that only point at a list style (`w:numStyleLink`): their levels are that style's. */
  private readonly styleLinks = new Map<string, string>();

  constructor(
    root: XmlElement | undefined,
    /** Numbering styles by id -> the num each stands for (styles.xml). */
    private readonly listStyles: ReadonlyMap<string, string> = new Map(),
  ) {
    for (const node of root ? elements(root) : []) {
      if (node.name === 'w:abstractNum' && node.attrs['w:abstractNumId'] !== undefined) {
        this.abstracts.set(node.attrs['w:abstractNumId'], levelsOf(node));
        const link = val(node, ['w:numStyleLink']);
        if (link !== undefined) this.styleLinks.set(node.attrs['w:abstractNumId'], link);
      } else if (node.name === 'w:num' && node.attrs['w:numId'] !== undefined) {
        const abstractId = val(node, ['w:abstractNumId']);
        if (abstractId === undefined) continue;
        const overrides = new Map<number, { start?: number; level?: Level }>();
        for (const override of elements(node).filter((e) => e.name === 'w:lvlOverride')) {
          const ilvl = Number(override.attrs['w:ilvl']);
          if (!Number.isInteger(ilvl) || ilvl < 0 || ilvl >= MAX_LEVELS) continue;
          const start = Number(val(override, ['w:startOverride']));
          const lvl = child(override, 'w:lvl');
          overrides.set(ilvl, { ...(Number.isInteger(start) ? { start } : {}), ...(lvl ? { level: parseLevel(lvl) } : {}) });
        }
        this.nums.set(node.attrs['w:numId'], { abstractId, overrides });
      }
    }
  }

  /**
   * The abstract definition that holds a num's levels and counters: through `w:numStyleLink` to the list
   * style, its num, and that num's definition (a few hops at most; a cycle ends where it started).
   */
  private abstractOf(num: Num): string {
    let id = num.abstractId;
    for (let hop = 0; hop < 4; hop++) {
      const style = this.styleLinks.get(id);
      const linked = style === undefined ? undefined : this.nums.get(this.listStyles.get(style) ?? '');
      if (!linked || linked.abstractId === id) break;
      id = linked.abstractId;
    }
    return id;
  }

  private level(num: Num, ilvl: number): Level | undefined {
    return num.overrides.get(ilvl)?.level ?? this.abstracts.get(this.abstractOf(num))?.get(ilvl);
  }

  /**
   * Advances the list the paragraph belongs to and returns the number Word shows before its text,
   * suffix included (`1.2 `, `第一章 `), or '' for a bullet or a list without a visible number.
   */
  next(ref: NumberingRef, styleId: string | undefined): string {
    const num = this.nums.get(ref.numId);
    // numId 0 switches a style's numbering off (§17.9.18).
    if (!num || ref.numId === '0') return '';
    const abstractId = this.abstractOf(num);
    const abstract = this.abstracts.get(abstractId);
    let ilvl = ref.ilvl;
    if (ilvl === undefined && abstract && styleId !== undefined) {
      for (const [index, level] of abstract) if (level.style === styleId) ilvl = index;
    }
    ilvl ??= 0;
    const level = this.level(num, ilvl);
    if (!level) return '';
    const counters = this.counters.get(abstractId) ?? [];
    this.counters.set(abstractId, counters);
    if (!this.used.has(ref.numId)) {
      this.used.add(ref.numId);
      for (const [index, override] of num.overrides) if (override.start !== undefined) counters[index] = override.start - 1;
    }
    counters[ilvl] = counters[ilvl] === undefined ? level.start : counters[ilvl]! + 1;
    for (let deeper = ilvl + 1; deeper < MAX_LEVELS; deeper++) {
      const restartAfter = this.level(num, deeper)?.restartAfter ?? deeper;
      if (restartAfter !== 0 && ilvl + 1 <= restartAfter) counters[deeper] = undefined;
    }
    if (level.format === 'bullet') return '';
    const text = level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const at = Number(digit) - 1;
      const shown = this.level(num, at);
      const value = counters[at] ?? shown?.start ?? 1;
      return formatNumber(value, level.legal ? 'decimal' : (shown?.format ?? 'decimal'));
    });
    return text.trim() === '' ? '' : `${text}${level.suffix}`;
  }
}
