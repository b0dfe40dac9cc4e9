/** One row of the fit: the evidence, right (1) or not (0), and its weight. */
export interface Row {
  x: number[];
  y: number;
  w: number;
}
export function logLoss(rows: Row[], theta: number[]): number;
export function ridgeLogistic(rows: Row[], prior: number[], lambda: number): number[];
