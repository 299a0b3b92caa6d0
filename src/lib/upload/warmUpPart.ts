import { createCsvImporter, type RawPart } from '../data/import';
import { nextTask } from '../schedule/nextTask';
import { warmUpLongCsv, warmUpRowReader } from './warmUpSamples';

/**
 * Reads a generated long file in three parts and joins them, as a large file is read on
 * several cores: a fresh worker runs this code slowly the first time, while the engine learns
 * it. Done ahead of need, a real file's parts are read at full speed. Each step is a task of
 * its own, and the warm-up stops once `stop()` says a real part came (a file dropped the moment
 * it was dragged in): the part is never held up for long. Resolves to the rows joined (0 when
 * stopped).
 */
export async function warmUpPart(stop: () => boolean = () => false): Promise<number> {
  const steps: (() => void)[] = [];
  const bytes = new TextEncoder().encode(warmUpLongCsv(30_000));
  const options = { name: 'warm-up.csv', accessed: '2000-01-01', size: bytes.length };
  const start = createCsvImporter(options);
  const third = Math.floor(bytes.length / 3);
  const cuts = [bytes.indexOf(10, third) + 1, bytes.indexOf(10, 2 * third) + 1];
  const parts: (RawPart | null)[] = [];
  steps.push(warmUpRowReader, () => start.push(bytes.subarray(0, cuts[0])));
  cuts.forEach((cut, i) =>
    steps.push(() => {
      const plan = start.partPlan();
      const part = plan && createCsvImporter(options, plan);
      part?.push(bytes.subarray(cut, cuts[i + 1] ?? bytes.length));
      parts.push(part ? part.endPart() : null);
    }),
  );
  for (const step of steps) {
    if (stop()) return 0;
    step();
    await nextTask();
  }
  if (stop() || !parts.every((p): p is RawPart => p !== null) || !start.join(parts)) return 0;
  const result = start.finish();
  return result.ok ? result.table.rowCount : 0;
}
