import { describe, expect, it } from 'vitest';
import { filterChoices } from '../../../../../src/lib/charts/config/columnChoices';
import { defaultChartConfig } from '../../../../../src/lib/charts/defaults/defaultChartConfig';
import { buildChartSpec } from '../../../../../src/lib/charts/buildChartSpec';
import { loadFixture } from '../../../charts/loadFixture';

describe('finishTable names an unnamed column of places', () => {
  // IMF DOTS: partners in a column with no header, under the title "Exports, FOB to Partner Countries".
  const table = loadFixture('imf/SamLeBlanc_DOTS_40_China_PR_Mainland_exports.csv');
  const places = table.columns.find((c) => c.role === 'entity')!;

  it('as the partners, when the file’s title speaks of partners', () => {
    expect(places.name).toBe('Column 2');
    expect(places.label).toBe('Partner');
  });

  it('so filters and charts say Partner, not Column 2', () => {
    const config = defaultChartConfig(table);
    const spec = buildChartSpec(table, config, { width: 640, height: 360 });
    const labels = filterChoices(table, config).map((c) => c.label);
    expect(labels).toContain('Partner');
    expect(labels).not.toContain('Column 2');
    expect(`${spec.title} ${spec.subtitle ?? ''} ${spec.table.columns.join(' ')}`).not.toContain(
      'Column 2',
    );
  });
});
