/** Where each layer of a stack sits at one slot: [base, top] per layer, or null where it cannot. */
export type Stack = [number, number][];

/**
 * Stacks the values of several series at one slot: positives upward from zero, negatives
 * downward. A slot where any layer has no figure is not stacked at all (its total is unknown),
 * so a gap stays a gap. With `share`, each layer is its percentage of the slot's total.
 */
export function stackValues(values: number[], share = false): Stack | null {
  if (values.some((v) => Number.isNaN(v))) return null;
  let scale = 1;
  if (share) {
    const total = values.reduce((a, v) => a + Math.abs(v), 0);
    if (!total) return null;
    scale = 100 / total;
  }
  let up = 0;
  let down = 0;
  return values.map((raw) => {
    const v = raw * scale;
    if (v >= 0) return [up, (up += v)];
    return [down, (down += v)];
  });
}
