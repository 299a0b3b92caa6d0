import { describe, expect, it } from 'vitest';
import { warmUpPart } from '../../../src/lib/upload/warmUpPart';
import { warmUpLongCsv } from '../../../src/lib/upload/warmUpSamples';
import { importCsv } from '../../../src/lib/data/import';

describe('warmUpPart(stop)', () => {
  it('reads a generated file in three parts and joins every row, as the file read whole', async () => {
    const whole = importCsv(new TextEncoder().encode(warmUpLongCsv(30_000)), {
      name: 'w.csv',
      accessed: '2000-01-01',
    });
    if (!whole.ok) throw new Error(whole.error);
    expect(await warmUpPart()).toBe(whole.table.rowCount);
  });

  it('stops between its steps once a real part comes', async () => {
    let calls = 0;
    // A part comes while the second step runs.
    expect(await warmUpPart(() => ++calls > 2)).toBe(0);
    expect(calls).toBe(3);
  });
});
