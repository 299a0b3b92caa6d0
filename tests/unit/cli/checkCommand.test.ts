import { describe, expect, it } from 'vitest';
import { run } from './cliHelpers';

interface Claim {
  id: string;
  verdict: string;
  found: number | null;
  rows: number[];
  note: string;
}

const check = async (csv: string) => {
  const { code, stdout, stderr } = await run(['check', 't.csv'], { 't.csv': csv });
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return (JSON.parse(stdout) as { claims: Claim[] }).claims;
};

/** Ten in-between years, so the wide file's header is plainly the line of years. */
const YEARS = Array.from({ length: 11 }, (_, i) => 2012 + i);

describe('tradelens check FILE', () => {
  it('a two_way_trade column is the two-way flow, in US$ billions', async () => {
    const [total, growth] = await check(
      [
        'reporter,partner,year,two_way_trade_usd_bn',
        'China,Russia,2012,88.1',
        'China,Russia,2022,190.27',
      ].join('\n'),
    );
    expect(total).toMatchObject({ verdict: 'consistent', rows: [3] });
    expect(total.found).toBeCloseTo(190.27e9, -6);
    expect(growth).toMatchObject({ verdict: 'consistent', rows: [2, 3] });
  });

  it('a preamble "Exports plus imports, US Dollars, Millions" above a China-Russia row', async () => {
    const values = YEARS.map((y) => (y === 2012 ? 88100 : y === 2022 ? 190270 : 100000));
    const [total, growth] = await check(
      [
        'Exports plus imports, US Dollars, Millions',
        '',
        `Country,${YEARS.join(',')}`,
        `China-Russia,${values.join(',')}`,
        `China-Germany,${YEARS.map(() => 1).join(',')}`,
      ].join('\n'),
    );
    // Millions honoured: 190,270 million is $190.27 billion, above the $190 billion claimed.
    expect(total).toMatchObject({ verdict: 'consistent', rows: [4] });
    expect(total.found).toBeCloseTo(190.27e9, -6);
    expect(growth.verdict).toBe('consistent');
  });

  it('the same figures read in the wrong unit would not pass: millions stay millions', async () => {
    const [total] = await check(
      [
        '"Exports plus imports, US Dollars, Millions"',
        'Country,Year,Value',
        'China-Russia,2012,88100',
        'China-Russia,2022,189900',
      ].join('\n'),
    );
    expect(total.verdict).toBe('inconsistent');
    expect(total.found).toBeCloseTo(189.9e9, -6);
  });
});
