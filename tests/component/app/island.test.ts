import { fireEvent } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { island, islandsLive } from '../../../src/app/island';
import CountButton from './fixtures/CountButton.svelte';

/** What Svelte's server renderer writes for CountButton with start 3. */
const PRERENDERED = '<!--[--><button type="button">3</button><!--]-->';

describe('island', () => {
  it('mounts the component at once into an empty element', async () => {
    const target = document.createElement('div');
    const destroy = island(CountButton, { start: 1 })(target);
    const button = target.querySelector('button')!;
    expect(button).toHaveTextContent('1');
    await fireEvent.click(button);
    expect(button).toHaveTextContent('2');
    destroy();
  });

  it('hydrates prerendered HTML in place, in a later task, not in the one that asks', async () => {
    const target = document.createElement('div');
    target.innerHTML = PRERENDERED;
    document.body.append(target);
    const prerendered = target.querySelector('button')!;
    const destroy = island(CountButton, { start: 3 })(target);
    // Not live yet: a click on the prerendered button does nothing.
    await fireEvent.click(prerendered);
    expect(prerendered).toHaveTextContent('3');
    await islandsLive();
    expect(target.querySelector('button')).toBe(prerendered);
    await fireEvent.click(prerendered);
    expect(prerendered).toHaveTextContent('4');
    destroy();
    target.remove();
  });

  it('brings islands to life in page order, one per task', async () => {
    const live: number[] = [];
    const targets = [0, 1, 2].map(() => {
      const t = document.createElement('div');
      t.innerHTML = PRERENDERED;
      document.body.append(t);
      return t;
    });
    const destroys = targets.map((t, i) =>
      island(CountButton, { start: 3, onlive: () => live.push(i) })(t),
    );
    const counts: number[] = [];
    for (let task = 0; task < 8; task++) {
      await new Promise((go) => setTimeout(go, 0));
      counts.push(live.length);
    }
    expect(live).toEqual([0, 1, 2]);
    // Never two in one task.
    for (let i = 1; i < counts.length; i++)
      expect(counts[i] - counts[i - 1]).toBeLessThanOrEqual(1);
    for (const d of destroys) d();
    for (const t of targets) t.remove();
  });

  it('does not hydrate an island taken away before its turn', async () => {
    const target = document.createElement('div');
    target.innerHTML = PRERENDERED;
    document.body.append(target);
    island(CountButton, { start: 3 })(target)();
    await islandsLive();
    const button = target.querySelector('button')!;
    await fireEvent.click(button);
    expect(button).toHaveTextContent('3');
    target.remove();
  });
});
