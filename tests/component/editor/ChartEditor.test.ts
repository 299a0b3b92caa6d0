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
});
