import { describe, expect, it } from 'vitest';
import { buildChartSpec } from '../../../../src/lib/charts/buildChartSpec';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';
import { prepareChartData } from '../../../../src/lib/charts/prepare/prepareChartData';
import { topLevel } from '../../../../src/lib/charts/prepare/totalsSummed';
import type { TextColumn } from '../../../../src/lib/data/table';
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

  it('defaultChartConfig(table) charts the upper level alone: 84 and 85, not 8471', () => {
    const t = nested();
    const config = defaultChartConfig(t);
    expect(config.filters.Commodity).toEqual(['Machinery', 'Electrical']);
    const spec = buildChartSpec(t, config, { width: 640, height: 360 });
    // A line a chapter: no line of computers beside the machinery that holds them.
    expect(spec.series.map((s) => [s.label, s.points.map((p) => p.value)])).toEqual([
      ['Machinery', [60, 70]],
      ['Electrical', [40, 40]],
    ]);
    expect(spec.notes.join(' ')).not.toMatch(/two levels/);
  });

  it('topLevel(table, column, mask) keeps the codes no other kept code begins', () => {
    const t = nested();
    const mask = new Uint8Array(t.rowCount).fill(1);
    const code = t.columns.find((c) => c.name === 'Commodity Code') as TextColumn;
    const name = t.columns.find((c) => c.name === 'Commodity') as TextColumn;
    expect(topLevel(t, code, mask)).toEqual(['84', '85']);
    expect(topLevel(t, name, mask)).toEqual(['Machinery', 'Electrical']);
    // Without chapter 84 among the kept rows, nothing nests.
    const noChapter = Uint8Array.from(code.codes, (k) => (code.dictionary[k] === '84' ? 0 : 1));
    expect(topLevel(t, name, noChapter)).toBeUndefined();
  });

  it('defaultChartConfig(table) ranks chapters, not a chapter beside its heading, in one year', () => {
    const result = importCsv(
      new TextEncoder().encode(
        csv
          .split('\n')
          .filter((l) => !l.startsWith('2018'))
          .join('\n'),
      ),
      { name: 'nested-2017.csv' },
    );
    if (!result.ok) throw new Error(result.error);
    const config = defaultChartConfig(result.table);
    expect(config.type).toBe('bar');
    expect(config.filters.Commodity).toEqual(['Machinery', 'Electrical']);
  });

  it('takes HS chapters written without their leading zero as one level: 1 and 10, not 1 and 101', () => {
    const unpadded = `Classification,Year,Trade Flow,Reporter,Partner,Commodity Code,Commodity,Trade Value (US$)
H5,2017,Export,USA,China,1,Animals; live,5
H5,2017,Export,USA,China,10,Cereals,7
H5,2017,Export,USA,China,12,Oil seeds,9`;
    const result = importCsv(new TextEncoder().encode(unpadded), { name: 'unpadded.csv' });
    if (!result.ok) throw new Error(result.error);
    const t = result.table;
    const config = { ...defaultChartConfig(t), series: undefined, filters: {} };
    expect(defaultChartConfig(t).filters.Commodity).toBeUndefined();
    expect(prepareChartData(t, config).notes.join(' ')).not.toMatch(/two levels/);
    const withHeading = importCsv(
      new TextEncoder().encode(`${unpadded}\nH5,2017,Export,USA,China,101,Horses,2`),
      { name: 'unpadded-heading.csv' },
    );
    if (!withHeading.ok) throw new Error(withHeading.error);
    // With heading 101 beside chapter 1, the chart keeps the chapters.
    expect(defaultChartConfig(withHeading.table).filters.Commodity).toEqual([
      'Animals; live',
      'Cereals',
      'Oil seeds',
    ]);
  });
});
