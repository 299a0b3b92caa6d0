import { describe, expect, it } from 'vitest';
import { columnChoices, filterChoices } from '../../../../src/lib/charts/config/columnChoices';
import { switchChartType } from '../../../../src/lib/charts/config/switchChartType';
import { loadFixture } from '../loadFixture';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';
import { pickMeasures } from '../../../../src/lib/charts/defaults/pickMeasures';
import { fixtureBytes, importOk } from '../../data/import/importHelpers';

describe('columnChoices(Comtrade files with classification levels)', () => {
  const files: [string, string][] = [
    ['comtrade/shjain6670_IBE-China_comtrade_S4_CHN-DEU_2010.csv', 'Aggregate Level'],
    ['comtrade/fernandobarbalho_tarifas_eua_TradeData_4_4_2025_15_19_17.csv', 'aggrLevel'],
  ];
  for (const [file, level] of files) {
    it(`columnChoices(${level}) offers it as no value to chart, nor does the default chart use it`, () => {
      const { table } = importOk(fixtureBytes(file));
      const config = defaultChartConfig(table);
      const values = columnChoices(table, config).y.map((c) => c.name);
      expect(values.length).toBeGreaterThan(0);
      expect(values).not.toContain(level);
      expect(pickMeasures(table, true)).not.toContain(level);
      expect(config.y).not.toContain(level);
    });
  }
});

describe('filterChoices(table, config) of a map', () => {
  it('offers no time filter beside the map’s own period slider, as a line chart does', () => {
    const table = loadFixture('worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv');
    const line = defaultChartConfig(table);
    const map = switchChartType(table, line, 'map');
    const time = table.columns.find((c) => c.role === 'time')!.name;
    const names = (config: typeof line) => filterChoices(table, config).map((f) => f.name);
    expect(names(map)).not.toContain(time);
    expect(names({ ...line, type: 'column', x: 'Country Name' })).toContain(time);
  });
});
