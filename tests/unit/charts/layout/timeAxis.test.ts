import { describe, expect, it } from 'vitest';
import { prepareChartData } from '../../../../src/lib/charts/prepare/prepareChartData';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';
import { textWidth } from '../../../../src/lib/charts/layout/textWidth';
import { timeTicks } from '../../../../src/lib/charts/layout/timeAxis';
import { importCsv } from '../../../../src/lib/data/import/csv/importCsv';

const DAY = 86_400_000;
const START = Date.UTC(2000, 0, 1);

// 6,000 daily values from 1 January 2000, as a user's CSV.
function dailyData() {
  const lines = ['date,value'];
  for (let i = 0; i < 6000; i++)
    lines.push(`${new Date(START + i * DAY).toISOString().slice(0, 10)},${100 + (i % 37)}`);
  const result = importCsv(new TextEncoder().encode(lines.join('\n')), {
    name: 'daily.csv',
    accessed: '2026-01-01',
  });
  if (!result.ok) throw new Error(result.error);
  return prepareChartData(result.table, defaultChartConfig(result.table));
}

describe('timeTicks', () => {
  const data = dailyData();
  const spans = {
    'sixteen years': 6000 * DAY,
    'three and a half years': 1300 * DAY,
    'one year': 365 * DAY,
    'two months': 61 * DAY,
    'ten days': 10 * DAY,
  };

  it.each(
    Object.entries(spans).flatMap(([name, span]) =>
      [320, 480, 726, 1200].map((w) => [name, span, w] as const),
    ),
  )('timeTicks(daily dates, %s, %i px) gives labels that never overlap', (_name, span, width) => {
    const ticks = timeTicks(data, [START, START + span], [40, 40 + width], 'en-GB');
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < ticks.length; i++) {
      const room = ticks[i].pos - ticks[i - 1].pos;
      const need = (textWidth(ticks[i].label, 11) + textWidth(ticks[i - 1].label, 11)) / 2;
      expect(room).toBeGreaterThan(need);
    }
  });

  it('timeTicks(daily dates, three and a half years, 726 px) ticks every half-year, January and July', () => {
    const ticks = timeTicks(data, [START + 1500 * DAY, START + 2800 * DAY], [40, 766], 'en-GB');
    expect(ticks.map((t) => t.label)).toEqual([
      'Jul 2004',
      'Jan 2005',
      'Jul 2005',
      'Jan 2006',
      'Jul 2006',
      'Jan 2007',
      'Jul 2007',
    ]);
  });

  it('timeTicks(daily dates, sixteen years, 726 px) labels every year when the years fit', () => {
    const ticks = timeTicks(data, [START, START + 6000 * DAY], [40, 766], 'en-GB');
    expect(ticks.map((t) => t.label)).toEqual(
      Array.from({ length: 17 }, (_, i) => String(2000 + i)),
    );
  });

  it('timeTicks(one period) puts its tick in the middle of the plot, where its points are', () => {
    const r = importCsv(new TextEncoder().encode('year,country,value\n2023,A,1\n2023,B,2\n'), {
      name: 'one.csv',
      accessed: '2026-01-01',
    });
    if (!r.ok) throw new Error(r.error);
    const one = prepareChartData(r.table, defaultChartConfig(r.table));
    const ticks = timeTicks(one, [2023, 2023], [52, 624], 'en');
    expect(ticks.map((t) => [t.label, t.pos])).toEqual([['2023', 338]]);
  });
});
