// The grammar of disclosure ids (contracts.md §2): parse what people write, print the canonical form.
// Pure syntax: whether an id exists is the catalog's business.

import type { FrameworkId } from './catalog.js';

export interface ParsedId {
  /** Canonical form: `GRI 2-1`, `SASB TC-HW-230a.1`, `HKEX A1.1`, `SZSE 24`, `TCFD Governance a`. */
  id: string;
  framework: FrameworkId;
  /** The part after the prefix, canonical: `2-1`, `TC-HW-230a.1`, `A1.1`, `24`, `Governance a`. */
  code: string;
}

// Dashes people paste from PDFs and word processors.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

const PREFIX = /^(gri|sasb|hkex|szse|sse|bse|tcfd|ifrs\s*s2)\s*[-:]?\s*(.*)$/i;

/** How each framework's ids are printed: `IFRS S2 29(a)`, `GRI 2-1`. */
const PRINTED_PREFIX: Record<FrameworkId, string> = {
  gri: 'GRI', sasb: 'SASB', hkex: 'HKEX', szse: 'SZSE', sse: 'SSE', bse: 'BSE', tcfd: 'TCFD', 'ifrs-s2': 'IFRS S2',
};

const TCFD_PILLARS: Record<string, string> = {
  governance: 'Governance',
  strategy: 'Strategy',
  'risk management': 'Risk management',
  'metrics and targets': 'Metrics and targets',
};

function canonicalCode(framework: FrameworkId, rest: string): string | undefined {
  switch (framework) {
    case 'gri': {
      const m = /^(\d{1,3})\s*-\s*(\d{1,2})$/.exec(rest);
      return m ? `${Number(m[1])}-${Number(m[2])}` : undefined;
    }
    case 'sasb': {
      const m = /^([a-z]{2})-([a-z]{2})-(\d{3})([a-z])\.(\d+)$/i.exec(rest);
      if (m) return `${m[1]!.toUpperCase()}-${m[2]!.toUpperCase()}-${m[3]}${m[4]!.toLowerCase()}.${m[5]}`;
      const activity = /^([a-z]{2})-([a-z]{2})-(000)\.([a-z])$/i.exec(rest);
      return activity
        ? `${activity[1]!.toUpperCase()}-${activity[2]!.toUpperCase()}-000.${activity[4]!.toUpperCase()}`
        : undefined;
    }
    case 'hkex': {
      const partD = /^d\s*-?\s*(\d{1,3})$/i.exec(rest);
      if (partD) return `D-${Number(partD[1])}`;
      const kpi = /^([ab])\s*(\d{1,2})(?:\.(\d{1,2}))?$/i.exec(rest);
      if (kpi) return `${kpi[1]!.toUpperCase()}${Number(kpi[2])}${kpi[3] ? `.${Number(kpi[3])}` : ''}`;
      const partB = /^(?:part\s*)?b\s*-\s*(\d{1,2})$/i.exec(rest);
      return partB ? `B-${Number(partB[1])}` : undefined;
    }
    case 'szse':
    case 'sse':
    case 'bse': {
      const m = /^(?:art(?:icle)?\.?\s*)?(\d{1,2})$/i.exec(rest);
      return m ? String(Number(m[1])) : undefined;
    }
    case 'ifrs-s2': {
      // Paragraph references: `29`, `29(a)`, `6(a)(i)`, `29 (a) (iii)`.
      const m = /^(\d{1,3})((?:\s*\([a-z]{1,4}\))*)$/i.exec(rest);
      return m ? `${Number(m[1])}${m[2]!.replace(/\s+/g, '').toLowerCase()}` : undefined;
    }
    case 'tcfd': {
      const m = /^(governance|strategy|risk\s+management|metrics\s+and\s+targets)\s*[-(]?\s*([a-c])\)?$/i.exec(rest);
      if (!m) return undefined;
      const pillar = TCFD_PILLARS[m[1]!.toLowerCase().replace(/\s+/g, ' ')];
      return pillar ? `${pillar} ${m[2]!.toLowerCase()}` : undefined;
    }
  }
}

/**
 * Parses `GRI 2-1`, `gri2-1`, `GRI 2–1`, `SASB tc-hw-230a.1`, `HKEX A1.1` … into the canonical id.
 * `defaultFramework` lets bare codes (`2-1` in a GRI index table) parse too.
 */
export function parseDisclosureId(text: string, defaultFramework?: FrameworkId): ParsedId | undefined {
  const cleaned = text.replace(DASHES, '-').replace(/\s+/g, ' ').trim();
  const prefixed = PREFIX.exec(cleaned);
  const framework = prefixed ? (prefixed[1]!.toLowerCase().replace(/\s+/g, '').replace('ifrss2', 'ifrs-s2') as FrameworkId) : defaultFramework;
  const rest = prefixed ? prefixed[2]! : cleaned;
  if (!framework) return undefined;
  const code = canonicalCode(framework, rest.trim());
  if (code === undefined) return undefined;
  return { id: `${PRINTED_PREFIX[framework]} ${code}`, framework, code };
}

/** A GRI topic as written in front matter or `GRI 3-3 (GRI 305)`: `GRI 305`, `gri305`, `305`. */
export function parseGriTopic(text: string): string | undefined {
  const m = /^\s*(?:gri\s*)?(\d{1,3})\s*$/i.exec(text.replace(DASHES, '-'));
  return m ? `GRI ${Number(m[1])}` : undefined;
}
