/** Whether a value is below zero on a row `mask` keeps (on any row, without a mask). */
export function anyBelowZero(values: Float64Array, mask?: Uint8Array): boolean {
  // A plain loop that reads the mask only at a value below zero: a callback per row took tens
  // of milliseconds over a million of them.
  for (let r = 0; r < values.length; r++)
    if (values[r] < 0 && (!mask || mask[r] === 1)) return true;
  return false;
}
