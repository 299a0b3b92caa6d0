import type { Column, Table, TextColumn } from '../../data/table';

// Apart from the nomenclature's sections, so a filter list can find codes without them.

const DIGITS = /^\d{1,6}$/;
const CODE_NAME = /code|cmd|hs|sitc|commodity|product/i;
/**
 * Code columns that are not of goods: the economies (`reporterCode`, `partnerCode`, M49
 * numbers), the flow, customs procedure, mode of transport and quantity unit of Comtrade files.
 */
const OTHER_CODE =
  /reporter|partner|country|economy|area|region|flow|customs|^mo[st]|transport|qty|unit|^freq|period|^type/i;
/** A column of economies (reporter, partner, country): its values are never commodities. */
const namesEconomies = (c: Column): boolean =>
  ['reporter', 'partner', 'entity'].includes(c.role ?? '') ||
  /reporter|partner|country|economy/i.test(c.name);

const isCodeColumn = (c: Column): boolean =>
  c.type === 'category' &&
  c.dictionary.length > 0 &&
  c.dictionary.filter((v) => DIGITS.test(v.trim())).length >= c.dictionary.length * 0.9;

/**
 * The commodity codes of a chart's categories: the category column itself when it holds codes,
 * else a code column beside it that gives each category one code among the kept rows
 * (`Commodity Code` beside `Commodity`, `cmdCode` beside `cmdDesc`). Never for economies:
 * `reporterDesc` beside `reporterCode` holds countries, whose M49 numbers are no HS chapters.
 */
export function pairedCodes(table: Table, x: Column, mask: Uint8Array): TextColumn | undefined {
  if (x.type === 'number' || namesEconomies(x)) return undefined;
  if (isCodeColumn(x)) return OTHER_CODE.test(x.name) ? undefined : x;
  const candidates = table.columns.filter(
    (c): c is TextColumn =>
      c !== x && CODE_NAME.test(c.name) && !OTHER_CODE.test(c.name) && isCodeColumn(c),
  );
  // `Trade Flow Code` is constant where the flow is fixed, and is no commodity code.
  return candidates.find((c) => oneToOne(x, c, mask));
}

/** Whether, among the kept rows, each value of x has one value of c and each value of c one of x. */
export function oneToOne(x: TextColumn, c: TextColumn, mask: Uint8Array): boolean {
  const codeOf = new Int32Array(x.dictionary.length).fill(-1);
  const used = new Set<number>();
  let labels = 0;
  for (let r = 0; r < mask.length; r++) {
    if (!mask[r] || x.codes[r] < 0) continue;
    const was = codeOf[x.codes[r]];
    if (was >= 0 && was !== c.codes[r]) return false;
    if (was < 0) labels++;
    codeOf[x.codes[r]] = c.codes[r];
    used.add(c.codes[r]);
  }
  return labels > 0 && used.size === labels;
}
