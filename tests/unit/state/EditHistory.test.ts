import { describe, expect, it } from 'vitest';
import { EditHistory } from '../../../src/lib/state/EditHistory';

describe('EditHistory', () => {
  it('undoes and redoes commits in order', () => {
    const h = new EditHistory('a');
    h.commit('b');
    h.commit('c');
    expect([h.undo(), h.undo(), h.undo()]).toEqual(['b', 'a', 'a']);
    expect(h.canUndo).toBe(false);
    expect([h.redo(), h.redo(), h.redo()]).toEqual(['b', 'c', 'c']);
    expect(h.canRedo).toBe(false);
  });

  it('drops what was undone when a new commit follows, and ignores a commit of the same', () => {
    const h = new EditHistory({ n: 1 });
    h.commit({ n: 2 });
    h.undo();
    h.commit({ n: 3 });
    expect(h.canRedo).toBe(false);
    h.commit({ n: 3 }, (x, y) => x.n === y.n);
    expect(h.undo()).toEqual({ n: 1 });
    expect(h.canUndo).toBe(false);
  });

  it('keeps at most its limit of steps', () => {
    const h = new EditHistory(0, 3);
    for (let i = 1; i <= 10; i++) h.commit(i);
    expect([h.undo(), h.undo(), h.undo(), h.undo()]).toEqual([9, 8, 7, 7]);
  });
});
