import { afterEach, describe, expect, it, vi } from 'vitest';
import { bootDashboard } from '../../../src/app/bootDashboard';

/** A prerendered page: a button, a select and a file field, with no handler yet. */
function page() {
  document.body.innerHTML = `<div id="app"><button id="go"><span>Go</span></button>
    <select id="mode"><option>values</option><option>index</option></select></div>`;
  return document.getElementById('app')!;
}

afterEach(() => (document.body.innerHTML = ''));

/** A mouse (or finger) press, move or release at (x, y) on `at`. */
const pointer = (at: EventTarget, type: string, x: number, pointerType = 'mouse') =>
  at.dispatchEvent(
    new PointerEvent(type, {
      bubbles: true,
      clientX: x,
      clientY: 50,
      pointerType,
      isPrimary: true,
    }),
  );

describe('bootDashboard', () => {
  it('mounts at once where nothing was prerendered', async () => {
    document.body.innerHTML = '<div id="app"></div>';
    const start = vi.fn(async () => {});
    await bootDashboard(document.getElementById('app')!, start, () => {});
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('waits for idle, or starts at the first sign of intent, once', async () => {
    const target = page();
    const start = vi.fn(async () => {});
    let idle: (() => void) | undefined;
    const live = bootDashboard(target, start, (run) => (idle = run));
    expect(start).not.toHaveBeenCalled();
    target.dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(start).toHaveBeenCalledTimes(1);
    idle!();
    await live;
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('does what was held in a task after the one the page came to life in, with what came meanwhile', async () => {
    const target = page();
    const seen: string[] = [];
    let live = false;
    const start = async () => {
      await Promise.resolve();
      document.getElementById('go')!.addEventListener('click', () => seen.push('click'));
      live = true;
    };
    let idle: (() => void) | undefined;
    const done = bootDashboard(target, start, (run) => (idle = run));
    const go = document.getElementById('go')!;
    go.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    while (!live) await Promise.resolve();
    // Live, but the held click waits for a task of its own; one made meanwhile is held too.
    await Promise.resolve();
    expect(seen).toEqual([]);
    go.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(seen).toEqual([]);
    idle!();
    await done;
    expect(seen).toEqual(['click', 'click']);
  });

  it('holds a click and a changed field until the page is live, then does them again', async () => {
    const target = page();
    const seen: string[] = [];
    let idle: (() => void) | undefined;
    const start = async () => {
      // Hydration comes after the code loads: never inside the event that asked for it.
      await Promise.resolve();
      // What hydration does: handlers attached, fields set from the page's state.
      const select = document.getElementById('mode') as HTMLSelectElement;
      select.value = 'values';
      document.getElementById('go')!.addEventListener('click', () => seen.push('click'));
      select.addEventListener('change', () => seen.push(`change:${select.value}`));
    };
    const live = bootDashboard(target, start, (run) => (idle = run));
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    target.querySelector('span')!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    const select = document.getElementById('mode') as HTMLSelectElement;
    select.value = 'index';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    idle!();
    await live;
    expect(seen).toEqual(['click', 'change:index']);
    expect(select.value).toBe('index');
  });

  it('lets a link within the page go at once, and holds a link to a chart state', async () => {
    const target = page();
    target.insertAdjacentHTML(
      'afterbegin',
      '<a id="skip" href="#upload">Skip</a><a id="state" href="#v=1&type=line">Chart</a>',
    );
    let idle: (() => void) | undefined;
    const start = vi.fn(async () => {});
    void bootDashboard(target, start, (run) => (idle = run));
    const skip = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.getElementById('skip')!.dispatchEvent(skip);
    // Not held: the browser follows it now; the page still comes to life.
    expect(skip.defaultPrevented).toBe(false);
    expect(start).toHaveBeenCalledTimes(1);
    const state = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.getElementById('state')!.dispatchEvent(state);
    expect(state.defaultPrevented).toBe(true);
    idle!();
  });

  it('does an early click once, even on a part that came to life before the rest', async () => {
    const target = page();
    const seen: string[] = [];
    let idle: (() => void) | undefined;
    let ready: () => void = () => {};
    const rest = new Promise<void>((done) => (ready = done));
    const start = async () => {
      // One chart is live at once; the rest of the page comes later.
      document.getElementById('go')!.addEventListener('click', () => seen.push('click'));
      await rest;
    };
    const live = bootDashboard(target, start, (run) => (idle = run));
    idle!();
    await Promise.resolve();
    document.getElementById('go')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    ready();
    await live;
    // Once, not twice: a toggle (Edit) clicked twice would close what it opened.
    expect(seen).toEqual(['click']);
  });

  it('makes a drag again once the page is live, so the zoom it asked for is not lost', async () => {
    const target = page();
    const seen: string[] = [];
    let ready: () => void = () => {};
    const rest = new Promise<void>((done) => (ready = done));
    const plot = document.getElementById('go')!;
    const start = async () => {
      // The chart is live at once (its island), the page a little later.
      for (const type of ['pointermove', 'pointerdown', 'pointerup'])
        plot.addEventListener(type, (e) => seen.push(`${type}:${(e as PointerEvent).clientX}`));
      await rest;
    };
    let idle: (() => void) | undefined;
    const live = bootDashboard(target, start, (run) => (idle = run));
    const span = plot.querySelector('span')!;
    pointer(span, 'pointerdown', 100);
    await Promise.resolve();
    pointer(span, 'pointermove', 180);
    pointer(span, 'pointerup', 240);
    // Moves reach the live chart (its cursor follows); the press waits for the page.
    expect(seen).toEqual(['pointermove:180']);
    seen.length = 0;
    ready();
    idle!();
    await live;
    expect(seen).toEqual([
      'pointermove:100',
      'pointerdown:100',
      'pointermove:180',
      'pointerup:240',
    ]);
  });

  it('makes an early tap again as a tap, with no hover before it (it shows a tooltip)', async () => {
    const target = page();
    const seen: string[] = [];
    const plot = document.getElementById('go')!;
    const start = async () => {
      for (const type of ['pointermove', 'pointerdown', 'pointerup'])
        plot.addEventListener(type, (e) => seen.push(`${type}:${(e as PointerEvent).pointerType}`));
    };
    let idle: (() => void) | undefined;
    const live = bootDashboard(target, start, (run) => (idle = run));
    pointer(plot, 'pointerdown', 100, 'touch');
    pointer(plot, 'pointerup', 100, 'touch');
    idle!();
    await live;
    // A hover first would show the point, and the tap would then open its source.
    expect(seen).toEqual(['pointerdown:touch', 'pointerup:touch']);
  });

  it('a press still held when the page comes to life goes down again, and the pointer ends it', async () => {
    const target = page();
    const seen: string[] = [];
    const plot = document.getElementById('go')!;
    let idle: (() => void) | undefined;
    const start = async () => {
      await Promise.resolve();
      for (const type of ['pointerdown', 'pointerup'])
        plot.addEventListener(type, (e) => seen.push(`${type}:${(e as PointerEvent).clientX}`));
    };
    const live = bootDashboard(target, start, (run) => (idle = run));
    pointer(plot, 'pointerdown', 100);
    idle!();
    await live;
    pointer(plot, 'pointerup', 300);
    expect(seen).toEqual(['pointerdown:100', 'pointerup:300']);
  });

  it('stops holding clicks when the page’s code fails to load, so its HTML still answers', async () => {
    const target = page();
    let idle: (() => void) | undefined;
    const live = bootDashboard(
      target,
      () => Promise.reject(new Error('offline')),
      (run) => (idle = run),
    );
    idle!();
    await expect(live)
      .resolves.toBeUndefined()
      .catch(() => {});
    await new Promise((done) => setTimeout(done, 0));
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.getElementById('go')!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
  });
});
