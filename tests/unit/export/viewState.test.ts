import { switchChartType } from '../../../src/lib/charts/config/switchChartType';
import { describe, expect, it } from 'vitest';
import type { ChartConfig } from '../../../src/lib/charts/config/chartConfig';
import { configFromState } from '../../../src/lib/export/configFromState';
import { decodeState } from '../../../src/lib/export/decodeState';
import { stateToAttributes } from '../../../src/lib/export/stateAttributes';
import { stateFromConfig } from '../../../src/lib/export/stateFromConfig';
import { encodeState, type ChartState } from '../../../src/lib/export/urlState';
import { attributesToState } from '../../../src/webcomponent/attributesToState';
import { countryTable } from '../charts/map/countryTable';

/* A map's classes and period, and a treemap's drill path, go wherever a chart's state goes. */

const map: ChartState = {
  dataset: 'release',
  type: 'map',
  x: 'Partner',
  y: ['Value'],
  classes: 'natural',
  period: '2019',
};

describe('encodeState(state) and decodeState(hash) with the trade views’ fields', () => {
  it('encodeState(map state) writes classes and period, and decodeState reads them back', () => {
    const hash = encodeState(map);
    expect(hash).toContain('classes=natural&period=2019');
    expect(decodeState(hash)).toEqual({ ok: true, state: map });
  });

  it('decodeState(hash) reads a treemap’s drill path', () => {
    const state: ChartState = { dataset: 'release', type: 'treemap', drill: '8471' };
    expect(decodeState(encodeState(state))).toEqual({ ok: true, state });
  });

  it('decodeState(hash) refuses a way of classing it does not know', () => {
    const result = decodeState('v=1&dataset=release&type=map&classes=rainbow');
    expect(result).toEqual({
      ok: false,
      error: 'The link’s “classes” must be one of: quantile, equal, natural.',
    });
  });

  it('decodeState(hash) refuses markup in a period', () => {
    expect(decodeState('v=1&dataset=release&type=map&period=%3Cscript%3E').ok).toBe(false);
  });
});

describe('stateToAttributes(state) and attributesToState(get) for <trade-chart>', () => {
  it('writes classes and period as attributes and reads the same state back', () => {
    const attributes = new Map(stateToAttributes(map));
    expect(attributes.get('classes')).toBe('natural');
    expect(attributes.get('period')).toBe('2019');
    const read = attributesToState(
      (n) => attributes.get(n as never) ?? null,
      'https://a.example/',
      ['release'],
    );
    expect(read).toEqual({ ok: true, state: map });
  });
});

describe('stateFromConfig(config) and configFromState(table, base, state, switchChartType)', () => {
  const table = countryTable([
    ['DEU', '2019', 1],
    ['DEU', '2020', 2],
  ]);
  const base: ChartConfig = {
    type: 'map',
    x: 'Partner',
    y: ['Value'],
    filters: {},
    mode: 'values',
    scale: 'linear',
    annotations: [],
  };

  it('a map keeps its classes and period; quantiles, the default, are left out', () => {
    const state = stateFromConfig({ ...base, classes: 'equal', period: '2019' }, {});
    expect(state).toMatchObject({ classes: 'equal', period: '2019' });
    expect(stateFromConfig({ ...base, classes: 'quantile' }, {}).classes).toBeUndefined();
    const back = configFromState(table, base, state, switchChartType);
    expect(back.ok && back.config).toMatchObject({ classes: 'equal', period: '2019' });
  });

  it('a treemap keeps its drill path', () => {
    const state = stateFromConfig({ ...base, type: 'treemap', drill: 'XVI' }, {});
    expect(state.drill).toBe('XVI');
  });
});
