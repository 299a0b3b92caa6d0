import { describe, expect, it } from 'vitest';
import { switchChartType } from '../../../src/lib/charts/config/switchChartType';
import { defaultChartConfig } from '../../../src/lib/charts/defaults/defaultChartConfig';
import { configFromState } from '../../../src/lib/export/configFromState';
import { decodeState } from '../../../src/lib/export/decodeState';
import { embedRefusal } from '../../../src/lib/export/embedRefusal';
import { stateFromConfig } from '../../../src/lib/export/stateFromConfig';
import { encodeState, STATE_LIMITS } from '../../../src/lib/export/urlState';
import { loadFixture } from '../charts/loadFixture';

const WB = 'worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv';

describe('stateFromConfig(ranked bars of every economy)', () => {
  it('leaves the bars’ own list of every economy out of the link, and the bars make it again', () => {
    const table = loadFixture(WB);
    const bars = switchChartType(table, defaultChartConfig(table), 'bar');
    const split = bars.x;
    expect(bars.filters[split].length).toBeGreaterThan(STATE_LIMITS.list);
    const state = stateFromConfig({ ...bars, edits: { title: 'Who exports most' } }, {});
    expect(state.filters?.[split]).toBeUndefined();
    // An embed link of it can be made: it was refused for 217 values, where a link holds 50.
    expect(embedRefusal(state)).toBeNull();
    const decoded = decodeState(encodeState(state));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const back = configFromState(table, defaultChartConfig(table), decoded.state, switchChartType);
    expect(back.ok && back.config.filters[split]).toEqual(bars.filters[split]);
    expect(back.ok && back.config.edits?.title).toBe('Who exports most');
  });

  it('carries a pick the author made in those bars', () => {
    const table = loadFixture(WB);
    const bars = switchChartType(table, defaultChartConfig(table), 'bar');
    const mine = { ...bars, filters: { ...bars.filters, [bars.x]: ['Chile', 'Peru'] } };
    expect(stateFromConfig(mine, {}).filters?.[bars.x]).toEqual(['Chile', 'Peru']);
  });
});
