import { describe, expect, it } from 'vitest';
import { buildChartSpec } from '../../../../src/lib/charts/buildChartSpec';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';
import { bySize, isRate } from '../../../../src/lib/charts/defaults/economySize';
import { parseUnit } from '../../../../src/lib/charts/units/parseUnit';
import type { NumberColumn, TextColumn } from '../../../../src/lib/data/table';
import { importCsv, toLong } from '../../../../src/lib/data/import';
import { loadFixture } from '../loadFixture';

function loadCsv(text: string) {
  const result = importCsv(new TextEncoder().encode(text), { name: 'weo.csv' });
  if (!result.ok) throw new Error(result.error);
  return toLong(result.table);
}

const SIZE = { width: 640, height: 400 };

describe('isRate(unit)', () => {
  it('is a percentage, or a plain number with no currency, scale or name (an index)', () => {
    expect(isRate(parseUnit('Percent change'))).toBe(true);
    expect(isRate(parseUnit('Index'))).toBe(true);
    expect(isRate(parseUnit('U.S. dollars', 'Billions'))).toBe(false);
    expect(isRate(parseUnit('Persons', 'Millions'))).toBe(false);
  });
});

describe('bySize(table, split, y, time, groups)', () => {
  const weo = loadFixture('imf/jfgomezok_WEOApr2020all.xls');
  const column = <T>(name: string) => weo.columns.find((c) => c.name === name) as T;

  it('orders a WEO file’s countries by GDP at purchasing power parity when it gives none in US dollars', () => {
    const order = bySize(
      weo,
      column<TextColumn>('Country'),
      column<NumberColumn>('value'),
      column<TextColumn>('period'),
      new Set(),
    )!;
    // 2021: China 30,956.73 bn international dollars, the United States 21,665.90 bn.
    expect(order.slice(0, 4)).toEqual(['China', 'United States', 'India', 'Japan']);
    expect(order.length).toBeGreaterThan(150);
  });

  it('is undefined for a table that names no size of economy', () => {
    const wb = loadFixture('worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv');
    const country = wb.columns.find((c) => c.role === 'entity') as TextColumn;
    const y = wb.columns.find((c) => c.type === 'number' && c.role === 'measure') as NumberColumn;
    expect(bySize(wb, country, y, undefined, new Set())).toBeUndefined();
  });
});

describe('defaultChartConfig on a whole WEO file, whose first indicator is a rate', () => {
  it('draws real GDP growth of the largest economies, not its outliers (Libya, Macao, Palau)', () => {
    const weo = loadFixture('imf/jfgomezok_WEOApr2020all.xls');
    const spec = buildChartSpec(weo, defaultChartConfig(weo), SIZE);
    expect(spec.subtitle).toContain('Percent change');
    expect(spec.series.map((s) => s.label)).toEqual([
      'China',
      'United States',
      'India',
      'Japan',
      'Germany',
    ]);
  });
});

describe('bySize on GDP in US dollars beside its other units', () => {
  it('takes the US dollar rows, not PPP or national currency, and a count of people last', () => {
    const csv = [
      'Country,Subject Descriptor,Units,2020,2021',
      'Aland,"Gross domestic product, current prices",U.S. dollars,10,12',
      'Aland,"Gross domestic product, current prices",National currency,9000,9500',
      'Aland,"Gross domestic product, current prices",Purchasing power parity; international dollars,50,55',
      'Bland,"Gross domestic product, current prices",U.S. dollars,30,31',
      'Bland,"Gross domestic product, current prices",National currency,40,41',
      'Bland,"Gross domestic product, current prices",Purchasing power parity; international dollars,20,21',
      'Aland,Population,Persons,90,91',
      'Bland,Population,Persons,5,6',
      'Aland,"Inflation, average consumer prices",Percent change,250,300',
      'Bland,"Inflation, average consumer prices",Percent change,2,3',
    ].join('\n');
    const t = loadCsv(csv);
    const col = <T>(name: string) => t.columns.find((c) => c.name === name) as T;
    const order = bySize(
      t,
      col<TextColumn>('Country'),
      col<NumberColumn>('value'),
      col<TextColumn>('period'),
      new Set(),
    );
    expect(order).toEqual(['Bland', 'Aland']);
    // Without GDP, people: Aland's 91 before Bland's 6.
    const people = loadCsv(
      csv
        .split('\n')
        .filter((l) => !/domestic/.test(l))
        .join('\n'),
    );
    const of = <T>(name: string) => people.columns.find((c) => c.name === name) as T;
    expect(bySize(people, of('Country'), of('value'), of('period'), new Set())).toEqual([
      'Aland',
      'Bland',
    ]);
  });
});
