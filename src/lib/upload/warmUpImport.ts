import { runImport } from './runImport';
import { warmUpLongCsv, warmUpRowReader, warmUpWideCsv } from './warmUpSamples';

/**
 * Imports small generated files through the whole pipeline, posting nothing: reading,
 * tokenizing, coding, typing, reshaping, choosing and preparing the chart. A fresh worker runs
 * each of these steps slowly the first time, while the engine learns the code; done while the
 * page is idle, a user's first import runs at full speed (a 100 MB file in about a quarter
 * less time). The long file is read four times over, enough for the engine to finish
 * optimising the code that reads each cell, which it would otherwise do during the user's
 * import, on the cores reading it. Stops early, between files, once
 * `stop()` says a real import came. Resolves to the rows imported.
 */
export async function warmUpImport(stop: () => boolean): Promise<number> {
  const files: [string, () => string][] = [
    ...Array.from({ length: 4 }, (): [string, () => string] => [
      'warm-up-long.csv',
      () => warmUpLongCsv(10_000),
    ]),
    ['warm-up-wide.csv', () => warmUpWideCsv(200)],
  ];
  if (stop()) return 0;
  warmUpRowReader();
  let rows = 0;
  for (const [name, text] of files) {
    if (stop()) break;
    await runImport(
      { type: 'import', file: new Blob([text()]), name, accessed: '2000-01-01' },
      (m) => {
        if (m.type === 'done' && m.ok) rows += m.table.rowCount;
      },
      stop,
      Infinity,
    );
  }
  return rows;
}
