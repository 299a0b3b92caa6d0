import { fireEvent } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
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

  it('runs `after` in a task of its own once the component is live, before islandsLive resolves', async () => {
    const target = document.createElement('div');
    target.innerHTML = PRERENDERED;
    document.body.append(target);
    const steps: string[] = [];
    const context = new Map([['step', 'hydrated']]);
    const destroy = island(
      CountButton,
      { start: 3, onlive: () => steps.push('live') },
      { context, after: (t) => steps.push(t === target ? 'after' : 'elsewhere') },
    )(target);
    const live = islandsLive();
    // The task that hydrates it ends before `after` runs.
    while (!steps.length) await new Promise((go) => setTimeout(go, 0));
    expect(steps).toEqual(['live']);
    await live;
    expect(steps).toEqual(['live', 'after']);
    destroy();
    target.remove();
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

describe('island, when the prerendered HTML cannot be hydrated', () => {
  it('draws the component again in its element, and the islands after it still come to life', async () => {
    const broken = document.createElement('div');
    // No hydration markers: what a stale or hand-edited page would hold.
    broken.innerHTML = '<p>stale</p>';
    const next = document.createElement('div');
    next.innerHTML = PRERENDERED;
    document.body.append(broken, next);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const live: string[] = [];
    const a = island(CountButton, { start: 7, onlive: () => live.push('broken') })(broken);
    const b = island(CountButton, { start: 3, onlive: () => live.push('next') })(next);
    await islandsLive();
    expect(live).toEqual(['broken', 'next']);
    expect(broken.querySelector('p')).toBeNull();
    expect(broken.querySelector('button')).toHaveTextContent('7');
    a();
    b();
    errors.mockRestore();
    broken.remove();
    next.remove();
  });
});
