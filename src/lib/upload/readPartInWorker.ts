import type { RawPart } from '../data/import';
import type { PartMessage, PartReader, PartWorkerRequest } from './partReader';

/** Part workers ready for a part: started for this file's import, or done with a part. */
const idle: Worker[] = [];

const spawn = () =>
  new Worker(new URL('../../workers/csvPartWorker.ts', import.meta.url), {
    type: 'module',
    name: 'tradelens-csv-part',
  });

/**
 * Starts the part workers a large file will need (`count`, a core each). Started ahead of a
 * file (`warm`), each warms up while the reader picks it: a worker started only when its part
 * is handed out runs its code for the first time on it. Started as a file's start is read, a
 * worker loads while this thread reads, and takes its part at once: a warm-up then would only
 * hold the part back.
 */
export function preparePartWorkers(count: number, warm = false): void {
  for (let i = idle.length; i < count; i++) {
    const worker = spawn();
    if (warm) worker.postMessage({ type: 'warm' } satisfies PartWorkerRequest);
    idle.push(worker);
  }
}

/** Reads a part of a CSV file in a part worker (see csvPartWorker), kept for the next part. */
export const readPartInWorker: PartReader = (part, plan, options, onProgress) => {
  const worker = idle.pop() ?? spawn();
  let settle: (rows: null) => void = () => {};
  const result = new Promise<RawPart | null>((done) => {
    settle = done;
    worker.onmessage = ({ data }: MessageEvent<PartMessage>) => {
      if (data.type === 'progress') return onProgress(data.bytes, data.rows);
      worker.onmessage = worker.onerror = null;
      idle.push(worker);
      done(data.part);
    };
    // A part that cannot be read is read again with the rest of the file.
    worker.onerror = () => {
      worker.terminate();
      done(null);
    };
  });
  worker.postMessage({ type: 'part', part, plan, options } satisfies PartWorkerRequest);
  return {
    result,
    cancel() {
      worker.terminate();
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      settle(null);
    },
  };
};
