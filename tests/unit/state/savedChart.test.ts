import { describe, expect, it } from 'vitest';
import { switchChartType } from '../../../src/lib/charts/config/switchChartType';
import { defaultChartConfig } from '../../../src/lib/charts/defaults/defaultChartConfig';
import { stateFromConfig } from '../../../src/lib/export';
import { STATE_LIMITS } from '../../../src/lib/export/urlState';
import { savedChart } from '../../../src/lib/state/savedChart';
import { loadFixture } from '../charts/loadFixture';

const WB = 'worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv';

describe('savedChart(table, chart)', () => {
  it('brings back ranked bars of every economy, their title and notes, though a link cannot hold them', () => {
    const table = loadFixture(WB);
    const bars = switchChartType(table, defaultChartConfig(table), 'bar');
    const split = bars.x;
    expect(bars.filters[split].length).toBeGreaterThan(STATE_LIMITS.list);
    const edits = { title: 'Who exports most of what it makes', notes: ['Latest year.'] };
    const back = savedChart(table, stateFromConfig({ ...bars, edits }, {}));
    expect(back).toMatchObject({ type: 'bar', x: split, edits });
    expect(back!.filters[split]).toEqual(bars.filters[split]);
  });

  it('brings back a chart as saved, and none that names a column the table lacks', () => {
    const table = loadFixture(WB);
    const first = defaultChartConfig(table);
    const mine = { ...first, filters: { ...first.filters, [first.series!]: ['China', 'Germany'] } };
    expect(savedChart(table, stateFromConfig(mine, {}))?.filters[first.series!]).toEqual([
      'China',
      'Germany',
    ]);
    expect(
      savedChart(table, { ...stateFromConfig(mine, {}), x: 'No such column' }),
    ).toBeUndefined();
  });
});
