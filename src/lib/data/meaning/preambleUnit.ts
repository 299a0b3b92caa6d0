import { parseUnit } from '../../charts/units/parseUnit';

/**
 * The unit a title row above the table gives its figures (`US Dollars, Millions`, `Millions of
 * US dollars`, `in thousands of euros`): a short line that names a currency or a scale, or a
 * percentage. Undefined when no line does, or when two lines name different units.
 */
export function preambleUnit(preamble: { line: number; text: string }[]): string | undefined {
  const found = preamble
    .filter((p) => p.text.length <= 60 && !/^(data source|last updated)/i.test(p.text))
    .map((p) => ({ text: p.text, unit: parseUnit(p.text) }))
    .filter(
      ({ unit }) => unit.currency !== undefined || (unit.scale !== 1 && unit.percent === false),
    );
  const kinds = new Set(found.map(({ unit }) => `${unit.currency}:${unit.scale}`));
  return kinds.size === 1 ? found[0].text : undefined;
}
