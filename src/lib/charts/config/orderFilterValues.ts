import { TOTAL } from '../prepare/totalsSummed';

// Numeric so that `Chapter 2` comes before `Chapter 10`; base so that case and accents do not
// split `Côte d'Ivoire` from its neighbours.
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * A filter's values as a reader looks for them: the total (`World`, `All commodities`) first,
 * then in the alphabetical order of the label each is shown by (`label`: a unit code's words),
 * in the reader's language, rather than in the file's order of codes.
 */
export function orderFilterValues(
  values: readonly string[],
  label: (value: string) => string = (value) => value,
): string[] {
  return values
    .map((value) => {
      const shown = label(value).trim();
      return { value, shown, total: TOTAL.test(shown) || TOTAL.test(value.trim()) };
    })
    .sort(
      (a, b) =>
        Number(b.total) - Number(a.total) ||
        collator.compare(a.shown, b.shown) ||
        (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
    )
    .map((v) => v.value);
}
