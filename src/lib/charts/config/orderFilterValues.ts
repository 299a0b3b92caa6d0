import { TOTAL } from '../prepare/totalsSummed';

// Numeric so that `Chapter 2` comes before `Chapter 10`; base so that case and accents do not
// split `Côte d'Ivoire` from its neighbours. Made when first needed: making one loads the
// language's collation, a few ms the page's first load would otherwise spend on it.
let collator: Intl.Collator | undefined;
const compare = (a: string, b: string) =>
  (collator ??= new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })).compare(a, b);

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
        compare(a.shown, b.shown) ||
        (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
    )
    .map((v) => v.value);
}
