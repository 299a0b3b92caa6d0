import { describe, expect, it } from 'vitest';
import { prepareChartData } from '../../../../src/lib/charts/prepare/prepareChartData';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';
import { textWidth } from '../../../../src/lib/charts/layout/textWidth';
import { timeTicks } from '../../../../src/lib/charts/layout/timeAxis';
import { importCsv } from '../../../../src/lib/data/import/csv/importCsv';
import { dashboardCharts } from '../../../../src/app/dashboardCharts';
import { buildChartSpec } from '../../../../src/lib/charts/buildChartSpec';
import { axisShapes } from '../../../../src/lib/charts/draw/axisShapes';

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

  it.each([568, 640, 390])(
    'timeTicks(the annual chart at %i px) drops no label between two it keeps: every year drawn is labelled',
    (width) => {
      const annual = dashboardCharts().find((c) => c.uid === 'annual-chart')!;
      const spec = buildChartSpec(annual.table, annual.config!, { width, height: 360 });
      const labels = spec.xAxis.ticks.map((t) => t.label);
      const drawn = axisShapes(spec).flatMap((s) => (s.type === 'text' ? [s.text] : []));
      // Every tick keeps its label where it is drawn (none gives way to the last one)…
      for (const label of labels) expect(drawn).toContain(label);
      // …and the ticks are evenly spaced years.
      const years = labels.map(Number);
      const steps = new Set(years.slice(1).map((y, i) => y - years[i]));
      expect(steps.size).toBe(1);
    },
  );

  it('timeTicks(years, 468 px, the last label moved in from the edge) thins them evenly rather than hide one', () => {
    const annual = dashboardCharts().find((c) => c.uid === 'annual-chart')!;
    const data = prepareChartData(annual.table, annual.config!);
    // Centred, each year's label fits 42.5 px from the next; 2023, moved in to end at the
    // chart's text edge, would reach 2022's.
    const ticks = timeTicks(data, [2012, 2023], [52, 520], 'en', [16, 520]);
    expect(ticks.map((t) => t.label)).toEqual(['2012', '2014', '2016', '2018', '2020', '2022']);
    // Without edges (a plot inset from its chart's edge), every year.
    expect(timeTicks(data, [2012, 2023], [52, 520], 'en')).toHaveLength(12);
  });
});
