/**
 * Eurostat's unit codes in words, as its UNIT code list names them (https://ec.europa.eu/eurostat/,
 * CC BY 4.0): a reader picks `Million euro`, not `MIO_EUR`. The commonest in trade and national
 * accounts tables; other codes stay as written.
 */
const EUROSTAT_UNITS: Record<string, string> = {
  EUR: 'Euro',
  THS_EUR: 'Thousand euro',
  MIO_EUR: 'Million euro',
  BN_EUR: 'Billion euro',
  MIO_NAC: 'Million units of national currency',
  MIO_USD: 'Million US dollars',
  EUR_HAB: 'Euro per inhabitant',
  PPS_HAB: 'Purchasing power standard per inhabitant',
  PC: 'Percentage',
  PC_GDP: 'Percentage of gross domestic product (GDP)',
  PC_TOT: 'Percentage of total',
  PC_EXP: 'Percentage of exports',
  PC_IMP: 'Percentage of imports',
  PCH_PRE: 'Percentage change on previous period',
  PCH_SM: 'Percentage change compared to same period in previous year',
  I10: 'Index, 2010=100',
  I15: 'Index, 2015=100',
  I21: 'Index, 2021=100',
  T: 'Tonne',
  THS_T: 'Thousand tonnes',
  KG: 'Kilogram',
  NR: 'Number',
  THS: 'Thousand',
};

/** A unit code in words (`MIO_EUR` → `Million euro`), or undefined when it is not a known code. */
export function unitWords(code: string): string | undefined {
  return EUROSTAT_UNITS[code.trim()];
}
