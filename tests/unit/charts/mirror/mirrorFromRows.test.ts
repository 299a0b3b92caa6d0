import { describe, expect, it } from 'vitest';
import { buildChartSpec } from '../../../../src/lib/charts/buildChartSpec';
import { switchChartType } from '../../../../src/lib/charts/config/switchChartType';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';
import { importCsv } from '../../../../src/lib/data/import';

/** Each side's report of China–Russia trade, as a Comtrade download has it (US$). */
const CSV = `refYear,reporterDesc,flowDesc,partnerDesc,primaryValue
2021,China,Export,Russian Federation,67600000000
2021,China,Import,Russian Federation,79300000000
2021,Russian Federation,Import,China,72700000000
2021,Russian Federation,Export,China,68000000000
2022,China,Export,Russian Federation,76100000000
2022,China,Import,Russian Federation,114100000000
2022,Russian Federation,Import,China,66000000000
2022,Russian Federation,Export,China,90100000000
`;

function mirror(filters: Record<string, string[]> = {}) {
  const read = importCsv(new TextEncoder().encode(CSV), {
    name: 'cn-ru.csv',
    accessed: '2026-12-05',
  });
  if (!read.ok) throw new Error(read.error);
  const table = read.table;
  const column = switchChartType(table, defaultChartConfig(table), 'column');
  const config = {
    ...column,
    variant: 'mirror' as const,
    filters: { ...column.filters, ...filters },
  };
  return buildChartSpec(table, config, { width: 640, height: 360 });
}

describe('buildMirrorSpec on two reporters’ rows (mirrorFromRows)', () => {
  it('sets one side’s exports against the other’s imports of the same goods, with the gap', () => {
    const spec = mirror({ flowDesc: ['Export'] });
    expect(spec.title).toBe('China’s exports to Russian Federation, as each side reports them');
    expect(spec.table.columns.slice(1, 3)).toEqual([
      'China: exports to Russian Federation',
      'Russian Federation: imports from China',
    ]);
    const y2022 = spec.table.rows.find((r) => r[0] === '2022')!;
    expect(y2022.slice(1, 4)).toEqual(['$76.1 bn', '$66 bn', '+$10.1 bn']);
    expect(y2022[4]).toBe('+15.3 %');
  });

  it('with both flows, sets each side’s two-way trade with the other against each other', () => {
    const spec = mirror({ flowDesc: [] });
    expect(spec.title).toBe('China–Russian Federation trade, as each side reports it');
    const y2022 = spec.table.rows.find((r) => r[0] === '2022')!;
    // 76.1 + 114.1 against 66.0 + 90.1.
    expect(y2022.slice(1, 3)).toEqual(['$190.2 bn', '$156.1 bn']);
  });
});
