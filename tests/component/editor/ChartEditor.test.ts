import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ChartEditor from '../../../src/lib/components/editor/ChartEditor.svelte';

const props = (onchange: (edits: unknown) => void) => ({
  uid: 'c',
  edits: {},
  defaults: { title: 'Exports' },
  series: [],
  kind: 'line' as const,
  periods: ['2021', '2022'],
  onchange,
  oncommit: () => {},
  canUndo: false,
  canRedo: false,
  onundo: () => {},
  onredo: () => {},
  onclose: () => {},
});

describe('ChartEditor (the notes field)', () => {
  it('keeps every note it can, and names the one it cannot', async () => {
    const onchange = vi.fn();
    render(ChartEditor, props(onchange));
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    await fireEvent.input(notes, {
      target: { value: 'Figures for 2022 are provisional.\nSee <b>the release</b>\nIn US$.' },
    });
    expect(onchange).toHaveBeenLastCalledWith({
      notes: ['Figures for 2022 are provisional.', 'In US$.'],
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Note 2 is not shown: A “<” straight before a letter reads as the start of markup',
    );
    await fireEvent.input(notes, { target: { value: 'Figures for 2022 are provisional.' } });
    expect(onchange).toHaveBeenLastCalledWith({ notes: ['Figures for 2022 are provisional.'] });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('leaves a line it cannot keep in the field to be mended, as the kept notes come back', async () => {
    const onchange = vi.fn();
    const { rerender } = render(ChartEditor, props(onchange));
    const notes = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Notes' });
    const typed = 'Typed one\nTyped two <b';
    await fireEvent.input(notes, { target: { value: typed } });
    // The page charts the note it can keep and hands the edits back, as it does as one types.
    await rerender({ ...props(onchange), edits: onchange.mock.lastCall![0] });
    expect(onchange).toHaveBeenLastCalledWith({ notes: ['Typed one'] });
    expect(notes.value).toBe(typed);
    // Mended, and the field left: it shows the notes as kept.
    await fireEvent.input(notes, { target: { value: 'Typed one\nTyped two < b\n' } });
    await rerender({ ...props(onchange), edits: onchange.mock.lastCall![0] });
    await fireEvent.change(notes);
    expect(notes.value).toBe('Typed one\nTyped two < b');
  });
});
