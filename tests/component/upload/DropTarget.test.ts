import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import DropTarget from '../../../src/lib/components/upload/DropTarget.svelte';

/** A drag event over the window carrying `types` (a file: 'Files'). */
const drag = (type: string, types: string[]) =>
  Object.assign(new Event(type, { bubbles: true, cancelable: true }), {
    dataTransfer: { types, files: [] },
  });

describe('DropTarget', () => {
  it('says a file is coming once as a file is dragged in, however many elements it crosses', async () => {
    const onexpect = vi.fn();
    render(DropTarget, { ondrop: vi.fn(), onexpect });
    await fireEvent(window, drag('dragenter', ['Files']));
    await fireEvent(window, drag('dragenter', ['Files']));
    expect(onexpect).toHaveBeenCalledTimes(1);
    expect(document.querySelector('.overlay')).not.toBeNull();
    await fireEvent(window, drag('dragleave', ['Files']));
    await fireEvent(window, drag('dragleave', ['Files']));
    expect(document.querySelector('.overlay')).toBeNull();
    // Dragged in again after leaving: said again.
    await fireEvent(window, drag('dragenter', ['Files']));
    expect(onexpect).toHaveBeenCalledTimes(2);
  });

  it('says nothing for a drag of text, not a file', async () => {
    const onexpect = vi.fn();
    render(DropTarget, { ondrop: vi.fn(), onexpect });
    await fireEvent(window, drag('dragenter', ['text/plain']));
    expect(onexpect).not.toHaveBeenCalled();
    expect(document.querySelector('.overlay')).toBeNull();
  });
});
