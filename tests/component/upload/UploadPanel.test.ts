import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import UploadPanel from '../../../src/lib/components/upload/UploadPanel.svelte';
import { UploadsState } from '../../../src/lib/state/UploadsState.svelte';

const noStorage = {
  list: async () => [],
  remove: async () => {},
  patch: async () => {},
  save: async () => true,
};
const uploads = () =>
  new UploadsState(() => ({ result: Promise.resolve(null), cancel() {} }), noStorage);

describe('UploadPanel', () => {
  it('says a file is coming as the reader points at, presses or tabs to the file picker', async () => {
    const onexpect = vi.fn();
    render(UploadPanel, { uploads: uploads(), onexpect });
    const picker = screen.getByLabelText(/Upload a data file/);
    expect(onexpect).not.toHaveBeenCalled();
    await fireEvent.pointerEnter(picker.closest('label')!);
    await fireEvent.pointerDown(picker);
    await fireEvent.focusIn(picker);
    expect(onexpect).toHaveBeenCalledTimes(3);
  });

  it('says nothing while the reader only reads the panel', async () => {
    const onexpect = vi.fn();
    render(UploadPanel, { uploads: uploads(), onexpect });
    await fireEvent.pointerEnter(screen.getByRole('heading', { name: 'Chart your own data' }));
    await fireEvent.click(screen.getByText('Paste CSV text'));
    expect(onexpect).not.toHaveBeenCalled();
  });
});
