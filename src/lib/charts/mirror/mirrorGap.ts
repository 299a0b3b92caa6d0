/** The gap between two reporters' figures of one flow, in value and as a share of the second. */
export interface MirrorGap {
  value: number;
  /** Gap as a percentage of the second figure; NaN when that is zero. */
  percent: number;
}

/** `first − second`, and that as % of `second`: NaN when either figure is missing. */
export function mirrorGap(first: number, second: number): MirrorGap {
  const value = first - second;
  return { value, percent: second === 0 ? NaN : (value / Math.abs(second)) * 100 };
}

/** `+0.7 %`, `−3.1 %`: a signed percentage with a true minus. */
export function signedPercent(p: number): string {
  if (Number.isNaN(p)) return 'n/a';
  const r = Math.round(p * 10) / 10;
  return `${r > 0 ? '+' : r < 0 ? '−' : '±'}${Math.abs(r).toFixed(1)} %`;
}
