import type { ImportDone, ImportPreview, ImportProgress } from './importProtocol';

/** Starts an import somewhere (a worker in the browser) and reports progress and a preview. */
export type Importer = ((
  request: { file: Blob; name: string; accessed: string; sheet?: string },
  onmessage: (m: ImportProgress | ImportPreview) => void,
) => { result: Promise<ImportDone | null>; cancel(): void }) & {
  /** Gets ready for imports to come (a worker started while the page is idle), if it can. */
  prepare?: () => void;
  /**
   * A file is likely to come soon (the reader reaches for the file picker, or drags a file
   * in): gets ready to read a large one on several cores, if it can.
   */
  expect?: () => void;
};
