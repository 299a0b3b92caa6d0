import { describe, expect, it } from 'vitest';
import { crossCheckSentence, releaseCrossCheck } from '../../../src/lib/dashboard/dashboardSpecs';
import { annualTable } from '../../../src/lib/data/datasets/annual';
import { makeNumberColumn, makeTextColumn } from '../../../src/lib/data/makeColumn';
import type { Table } from '../../../src/lib/data/table';

describe('crossCheckGrowth(table, mapping, claim)', () => {
  it('reads 88.1 → 190.271 from the annual series: +116.0 %, within the rounding of 116', () => {
    const check = releaseCrossCheck(annualTable());
    expect(check).toMatchObject({ from: 88.1, to: 190.271, claimed: 116, agrees: true });
    expect(check?.computed).toBeCloseTo(115.97, 2);
    expect(crossCheckSentence(check!)).toBe(
      'The release says +116 %; the series gives 88.1 → 190.271 = +116.0 %.',
    );
  });

  it('says they disagree when the series gives another growth, and null when an end is missing', () => {
    const table = (values: (number | null)[]): Table => ({
      id: 't',
      name: 't',
      rowCount: 2,
      columns: [
        makeTextColumn('year', 'period', ['2012', '2022']),
        makeNumberColumn('total_usd_bn_as_reported', values),
      ],
      provenance: { citations: [] },
      issues: [],
    });
    expect(releaseCrossCheck(table([80, 190]))?.agrees).toBe(false);
    expect(releaseCrossCheck(table([null, 190]))).toBeNull();
  });
});
