/// <reference lib="webworker" />
// Reads one part of a large CSV file for the import worker, which reads the file's start and
// joins the parts: the file is read on several cores at once. Started ahead of need, it warms
// up first, and stops warming up once a part comes.
import type { PartWorkerRequest } from '../lib/upload/partReader';
import { readPart } from '../lib/upload/readPart';
import { warmUpPart } from '../lib/upload/warmUpPart';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let asked = false;
scope.onmessage = ({ data }: MessageEvent<PartWorkerRequest>) => {
  if (data.type === 'warm') return void warmUpPart(() => asked);
  asked = true;
  void readPart(data, (message, transfer = []) => scope.postMessage(message, transfer)).catch(() =>
    scope.postMessage({ type: 'done', part: null }),
  );
};
