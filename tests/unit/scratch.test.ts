import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { loadFixture } from './charts/loadFixture';
import { tradeTable } from './charts/tradeTable';
import { buildChartSpec } from '../../src/lib/charts/buildChartSpec';
import { switchChartType } from '../../src/lib/charts/switchChartType';
import { defaultChartConfig } from '../../src/lib/charts/defaultChartConfig';
import { renderSvg } from '../../src/render/renderSvg';
it('x', () => {
  const cases: [string, ReturnType<typeof tradeTable>, string?][] = [
    ['trade', tradeTable()], ['trade-flows', tradeTable(), 'flows'],
    ['us', loadFixture('comtrade/sstaple15_US-CNtrade_comtrade_H5_USA-CHN_2017.csv')],
    ['cn', loadFixture('comtrade/shjain6670_IBE-China_comtrade_S4_CHN-DEU_2010.csv'), 'flows'],
    ['wb', loadFixture('worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv')],
  ];
  for (const [name, t, variant] of cases) {
    const c = switchChartType(t, defaultChartConfig(t), 'balance');
    const spec = buildChartSpec(t, { ...c, variant: variant as 'flows' }, { width: 800, height: 420 });
    console.log(name, JSON.stringify(c), spec.title, spec.subtitle, spec.notes, spec.description.slice(0, 300), spec.table.rows.slice(0, 3));
    writeFileSync(`/tmp/out/${name}.svg`, renderSvg(spec));
  }
});
