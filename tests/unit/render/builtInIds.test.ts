import { describe, expect, it } from 'vitest';
import { BUILT_IN, builtInCharts } from '../../../src/render/builtInChart';
import { BUILT_IN_IDS } from '../../../src/render/builtInIds';

describe('BUILT_IN_IDS', () => {
  it('names every built-in dataset and no other, so <trade-chart> checks `dataset` right', async () => {
    expect([...BUILT_IN_IDS].sort()).toEqual(Object.keys(BUILT_IN).sort());
    expect(await builtInCharts()).toBe(BUILT_IN);
  });
});
