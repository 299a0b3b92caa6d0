import { describe, expect, it } from 'vitest';
import { buildChartSpec } from '../../../../src/lib/charts/buildChartSpec';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';
import { prepareChartData } from '../../../../src/lib/charts/prepare/prepareChartData';
import { importCsv } from '../../../../src/lib/data/import';

/** A Comtrade download of two aggregate levels: the total of all commodities and its chapters. */
const CSV = `Classification,Year,Aggregate Level,Trade Flow,Reporter,Partner,Commodity Code,Commodity,Trade Value (US$)
H5,2017,0,Export,USA,China,TOTAL,All Commodities,100
H5,2017,2,Export,USA,China,84,Machinery,60
H5,2017,2,Export,USA,China,85,Electrical,40
H5,2017,0,Export,USA,Japan,TOTAL,All Commodities,50
H5,2017,2,Export,USA,Japan,84,Machinery,30
H5,2017,2,Export,USA,Japan,85,Electrical,20
H5,2018,0,Export,USA,China,TOTAL,All Commodities,110
H5,2018,2,Export,USA,China,84,Machinery,70
H5,2018,2,Export,USA,China,85,Electrical,40
H5,2018,0,Export,USA,Japan,TOTAL,All Commodities,55
H5,2018,2,Export,USA,Japan,84,Machinery,35
H5,2018,2,Export,USA,Japan,85,Electrical,20`;

function table() {
  const result = importCsv(new TextEncoder().encode(CSV), { name: 'levels.csv' });
  if (!result.ok) throw new Error(result.error);
  return result.table;
}

describe('a total beside its parts', () => {
  it('defaultChartConfig(table) charts the total alone, never the total plus its parts', () => {
    const t = table();
    const config = defaultChartConfig(t);
    expect(config.filters.Commodity).toEqual(['All Commodities']);
    const spec = buildChartSpec(t, config, { width: 640, height: 360 });
    const china = spec.series.find((s) => s.label === 'China')!;
    expect(china.points.map((p) => p.value)).toEqual([100, 110]);
    expect(spec.notes.join(' ')).not.toMatch(/twice/);
  });

  it('prepareChartData(table, config) says so when the reader sums the total with its parts', () => {
    const config = { ...defaultChartConfig(table()), filters: { 'Trade Flow': ['Export'] } };
    const data = prepareChartData(table(), config);
    expect(data.series.find((s) => s.label === 'China')!.values[0]).toBe(200);
    expect(data.notes).toContain(
      'The sums count “All Commodities” of Commodity and its parts alike, so twice: choose it alone, or leave it out, in the filters.',
    );
  });
});

describe('codes of two levels summed', () => {
  const csv = `Year,Trade Flow,Reporter,Partner,Commodity Code,Commodity,Trade Value (US$)
2017,Export,USA,China,84,Machinery,60
2017,Export,USA,China,8471,Computers,25
2017,Export,USA,China,85,Electrical,40
2018,Export,USA,China,84,Machinery,70
2018,Export,USA,China,8471,Computers,30
2018,Export,USA,China,85,Electrical,40`;
  const nested = () => {
    const result = importCsv(new TextEncoder().encode(csv), { name: 'nested.csv' });
    if (!result.ok) throw new Error(result.error);
    return result.table;
  };

  it('prepareChartData(table, config) says a chapter and its heading are both summed', () => {
    const t = nested();
    // One line of every commodity summed per year.
    const data = prepareChartData(t, { ...defaultChartConfig(t), series: undefined, filters: {} });
    expect(data.notes).toContain(
      'The sums count codes of Commodity at two levels (84 and 8471), so a part twice: choose codes of one level in the filters.',
    );
  });

  it('says nothing for codes of one level', () => {
    const t = nested();
    const config = {
      ...defaultChartConfig(t),
      filters: { Commodity: ['Machinery', 'Electrical'] },
    };
    expect(prepareChartData(t, config).notes.join(' ')).not.toMatch(/two levels/);
  });
});
