import { createCsvImporter, type RawPart } from '../data/import';
import { warmUpLongCsv, warmUpRowReader } from './warmUpSamples';

/**
 * Reads a generated long file in three parts and joins them, as a large file is read on
 * several cores: a fresh worker runs this code slowly the first time, while the engine learns
 * it. Done ahead of need, a real file's parts are read at full speed. The rows joined.
 */
export function warmUpPart(): number {
  warmUpRowReader();
  const bytes = new TextEncoder().encode(warmUpLongCsv(6000));
  const options = { name: 'warm-up.csv', accessed: '2000-01-01', size: bytes.length };
  const start = createCsvImporter(options);
  const third = Math.floor(bytes.length / 3);
  const cuts = [bytes.indexOf(10, third) + 1, bytes.indexOf(10, 2 * third) + 1];
  start.push(bytes.subarray(0, cuts[0]));
  const plan = start.partPlan();
  if (!plan) return 0;
  const parts = cuts.map((cut, i) => {
    const part = createCsvImporter(options, plan);
    part.push(bytes.subarray(cut, cuts[i + 1] ?? bytes.length));
    return part.endPart();
  });
  if (!parts.every((p): p is RawPart => p !== null) || !start.join(parts)) return 0;
  const result = start.finish();
  return result.ok ? result.table.rowCount : 0;
}
