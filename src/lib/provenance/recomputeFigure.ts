import type { Figure, Interval } from './figure';

const round = (x: number, decimals: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;

/** The value of a growth figure as a ratio: +116 % → 2.16. */
const ratio = (percent: number) => 1 + percent / 100;

/**
 * Recomputes a derived figure from its inputs: the value, and the interval that follows from
 * lower bounds and rounding among them. Pure, so tests and the page can both check the data.
 */
export function recomputeFigure(
  figure: Figure,
  byId: ReadonlyMap<string, Figure>,
): { value: number; interval: Interval } {
  const d = figure.derived;
  if (!d) throw new Error(`Figure ${figure.id} is not derived`);
  const inputs = d.inputs.map((id) => {
    const input = byId.get(id);
    if (!input) throw new Error(`Figure ${figure.id} needs missing input ${id}`);
    return input;
  });
  const growth = inputs.find((f) => f.unit === 'percent');
  if (!growth) throw new Error(`Figure ${figure.id} needs a growth input`);
  const gLow = growth.interval?.low ?? growth.value;
  const gHigh = growth.interval?.high ?? growth.value;

  if (d.method === 'compound-rate') {
    const years = d.years ?? 10;
    const rate = (g: number) => (ratio(g) ** (1 / years) - 1) * 100;
    return {
      value: round(rate(growth.value), d.decimals),
      interval: { low: round(rate(gLow), d.decimals), high: round(rate(gHigh), d.decimals) },
    };
  }

  const level = inputs.find((f) => f !== growth);
  if (!level) throw new Error(`Figure ${figure.id} needs a level input`);
  const base = (v: number, g: number) => round(v / ratio(g), d.decimals);
  // The lowest base comes from the lowest level over the highest growth; a lower-bound level
  // leaves the top open.
  const low = base(level.value, gHigh);
  const exactHigh = base(level.value, gLow);
  const interval: Interval =
    level.qualifier === 'lower-bound'
      ? { low, high: null, ifExact: { low, high: exactHigh } }
      : { low, high: exactHigh };
  return { value: base(level.value, growth.value), interval };
}
