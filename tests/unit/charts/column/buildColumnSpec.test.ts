import { describe, expect, it } from 'vitest';
import { qualifiedLabel } from '../../../../src/lib/charts/column/buildColumnSpec';
import { releaseChartSpec } from '../../../../src/lib/charts/dashboardSpecs';

describe('buildColumnSpec(releaseTable(), …) via releaseChartSpec(size)', () => {
  const spec = releaseChartSpec({ width: 640, height: 340 });

  it('draws 2012 derived and 2022 as a lower bound, in period order', () => {
    expect(spec.bars.map((b) => [b.point.period, b.point.qualifier, b.point.valueLabel])).toEqual([
      ['2012', 'derived', '≈ $88.0 bn'],
      ['2022', 'lower-bound', '> $190 bn'],
    ]);
  });

  it('annotates +116 % between the bars and marks the lower bound', () => {
    expect(spec.annotations.map((a) => a.kind)).toEqual(['bound', 'change']);
    const change = spec.annotations.find((a) => a.kind === 'change');
    expect(change && 'label' in change && change.label).toBe('+116 %');
  });

  it('makes bar heights proportional to the values, from a zero baseline', () => {
    const [a, b] = spec.bars;
    expect(b.height / a.height).toBeCloseTo(190 / 87.96, 1);
    expect(a.y + a.height).toBe(spec.plot.top + spec.plot.height);
  });

  it('cites the release and explains the derived bar in a note with its formula', () => {
    expect(spec.sources[0].text).toContain('CGTN via PR Newswire');
    expect(spec.notes.join(' ')).toContain('V2012 = V2022 / (1 + g) = 190 / (1 + 1.16)');
    expect(spec.table.rows).toEqual([
      ['2012', '≈ $88.0 bn', 'derived'],
      ['2022', '> $190 bn', 'lower-bound'],
    ]);
  });
});

describe('qualifiedLabel(value, qualifier)', () => {
  const cases = [
    { q: 'lower-bound', expected: '> $1 bn' },
    { q: 'derived', expected: '≈ $1 bn' },
    { q: undefined, expected: '$1 bn' },
  ] as const;
  for (const { q, expected } of cases)
    it(`qualifiedLabel('$1 bn', ${q}) → '${expected}'`, () =>
      expect(qualifiedLabel('$1 bn', q)).toBe(expected));
});
