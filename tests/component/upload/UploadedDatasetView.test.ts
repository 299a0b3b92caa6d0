import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import UploadedDatasetView from '../../../src/lib/components/upload/UploadedDatasetView.svelte';
import { importCsv } from '../../../src/lib/data/import';
import { UploadsState } from '../../../src/lib/state/UploadsState.svelte';
import type {
  ImportDone,
  ImportPreview,
  ImportProgress,
} from '../../../src/lib/upload/importProtocol';
import { readyTable } from '../../../src/lib/upload/readyTable';

const noStorage = {
  list: async () => [],
  remove: async () => {},
  patch: async () => {},
  save: async () => true,
};

/** A table as the worker posts it: read, its chart chosen, that chart's data prepared. */
function posted(rows: number) {
  const lines = ['Year,Partner,Exports'];
  for (let i = 0; i < rows; i++) lines.push(`${2000 + (i % 20)},P${i % 3},${i + 1}`);
  const result = importCsv(new TextEncoder().encode(lines.join('\n')), { name: 'f.csv' });
  if (!result.ok) throw new Error(result.error);
  const { transfer: _, ...ready } = readyTable(result.table);
  return { ...ready, meta: result.meta };
}

const nextTask = () => new Promise((go) => setTimeout(go, 0));

describe('UploadedDatasetView', () => {
  it('swaps a preview’s chart for the whole table’s over tasks of their own', async () => {
    let send: (m: ImportProgress | ImportPreview) => void = () => {};
    let finish: (done: ImportDone) => void = () => {};
    const importer = (_: unknown, onmessage: typeof send) => {
      send = onmessage;
      return { result: new Promise<ImportDone>((go) => (finish = go)), cancel() {} };
    };
    const uploads = new UploadsState(importer, noStorage);
    const imported = uploads.importFile(new Blob(['x']), 'f.csv');
    const preview = posted(60);
    send({ type: 'preview', ...preview, bytes: 100 });
    const view = render(UploadedDatasetView, { dataset: uploads.datasets[0], uploads });
    const figure = () => view.container.querySelector('figure');
    await expect
      .poll(() => view.container.querySelector('figure svg'), { timeout: 3000 })
      .not.toBeNull();
    const first = figure();
    expect(view.container.querySelector('.partial')).not.toBeNull();

    const whole = posted(120);
    finish({ type: 'done', ok: true, reshaped: false, ...whole });
    await imported;
    await view.rerender({ dataset: uploads.datasets[0], uploads });
    // The task that brings the whole table: the preview note goes, the chart stays as it was.
    expect(view.container.querySelector('.partial')).toBeNull();
    expect(figure()).toBe(first);
    await nextTask();
    // The next: the preview's chart goes, its block keeping its height.
    expect(figure()).toBeNull();
    await nextTask();
    // The one after: the whole table's chart comes.
    expect(figure()).not.toBeNull();
    expect(figure()).not.toBe(first);
  });
});
