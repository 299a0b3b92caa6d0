import { formatChange, formatUsdBillion } from '../charts/words/format';
import { floorShown } from '../charts/units/formatAmount';
import { parseUnit } from '../charts/units/parseUnit';
import type { Figure } from './figure';

/**
 * A headline card's words for a figure, from the figure itself: its value as the source allows
 * it (`> $190 bn` for a lower bound, `≈ 8.0 %` for a derived rate, `> $87.7 bn` for an amount
 * derived from a lower bound), and the quote it stands in, or what bounds it. `inputs` are the figures a derived one is computed from.
 */
export function headlineText(
  figure: Figure,
  inputs: Figure[] = [],
): { display: string; caption: string } {
  const money = figure.unit === 'USD billion';
  const yearly = figure.unit === 'percent a year';
  const d = figure.derived;
  if (!d) {
    const display =
      figure.qualifier === 'lower-bound'
        ? `> ${formatUsdBillion(figure.value)}`
        : money
          ? formatUsdBillion(figure.value)
          : formatChange(figure.value, 0);
    return { display, caption: figure.figureText ? `“${figure.figureText}”` : figure.label };
  }
  const low = figure.interval?.low ?? null;
  const high = figure.interval?.high ?? null;
  if (money) {
    // Worked out from a lower bound, it is one too: shown at its lowest, as the chart draws it.
    if (low !== null && high === null) {
      const bounds = inputs.filter((f) => f.qualifier === 'lower-bound').map((f) => f.period);
      const one = bounds.length > 1 ? 'are lower bounds' : 'is a lower bound';
      return {
        // Cut down, as a lower bound is shown: 87.76 is `> $87.7 bn`, never `> $87.8 bn`.
        display: `> ${formatUsdBillion(floorShown(low, parseUnit('USD billion')), true)}`,
        caption: bounds.length ? `${bounds.join(' and ')} ${one}, so this is one` : 'a lower bound',
      };
    }
    return {
      display: `≈ ${formatUsdBillion(figure.value, true)}`,
      caption: `${formatUsdBillion(low ?? figure.value)}–${formatUsdBillion(high ?? figure.value)}`,
    };
  }
  const rate = (v: number) => v.toFixed(d.decimals);
  const method = d.method === 'compound-rate' ? 'compound rate' : 'derived';
  return {
    display: `≈ ${figure.value.toFixed(1)} %${yearly ? ' a year' : ''}`,
    caption: low !== null && high !== null ? `${method}, ${rate(low)}–${rate(high)} %` : method,
  };
}
