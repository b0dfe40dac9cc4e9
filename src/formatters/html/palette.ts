// The page's status colours, shared by the SVG charts and the CSS. Chosen to stay apart in grey print:
// reported is dark (luma ≈ 81/255), omitted mid-tone (≈ 151), missing light (≈ 222) with a dark red
// outline; every chart also prints its numbers as text, so nothing depends on colour alone.
import type { ChartedStatus } from './groups.js';

export interface StatusColours {
  fill: string;
  stroke?: string;
  /** Text on a light background in that status's hue (badges, legends). */
  text: string;
}

export const STATUS_COLOURS: Readonly<Record<ChartedStatus, StatusColours>> = {
  reported: { fill: '#1e6b52', text: '#1e6b52' },
  omitted: { fill: '#c8961e', text: '#7a5a0c' },
  missing: { fill: '#f6d5d1', stroke: '#b42318', text: '#b42318' },
};

export const INK = '#1f2933';
export const MUTED = '#52606d';
export const RULE = '#d9dee3';
