import { nextTask } from '../lib/schedule/nextTask';
import { heldPress } from './heldPress';

/** What a reader may do before the page is live: done again, as it was, once it is. */
const EARLY = ['click', 'change', 'input', 'keydown', 'dragover', 'drop'] as const;
/** What says a reader is about to act: the page comes to life at once. */
const INTENT = ['pointerover', 'pointerdown', 'focusin', 'keydown', 'touchstart', 'dragenter'];

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
const isField = (t: EventTarget | null): t is Field =>
  t instanceof HTMLInputElement ||
  t instanceof HTMLSelectElement ||
  t instanceof HTMLTextAreaElement;

/** A link to a place on this page (`#upload-heading`); a chart's state (`#v=1&…`) needs the page's code. */
const inPageLink = (t: EventTarget | null) => {
  const a = t instanceof Element ? t.closest('a[href^="#"]') : null;
  const href = a?.getAttribute('href') ?? '';
  return href.length > 1 && !href.includes('=');
};

/** An event held until the page is live, with what it needs to be done again. */
interface Held {
  at: EventTarget;
  type: string;
  /** A field's value (and check) when it changed: the page's first draw would reset it. */
  value?: string;
  checked?: boolean;
  key?: KeyboardEventInit;
  files?: File[];
}

/** Holds an early event: a click or drop waits (it acts once the page is live), others are noted. */
function hold(event: Event): Held | null {
  if (event.type === 'dragover') {
    event.preventDefault();
    return null;
  }
  const held: Held = { at: event.target!, type: event.type };
  if (event.type === 'click') event.preventDefault();
  if (event.type === 'drop') {
    event.preventDefault();
    held.files = [...((event as DragEvent).dataTransfer?.files ?? [])];
  }
  if (event instanceof KeyboardEvent) {
    const { key, code, ctrlKey, shiftKey, altKey, metaKey } = event;
    held.key = { key, code, ctrlKey, shiftKey, altKey, metaKey, bubbles: true, cancelable: true };
  }
  if (isField(event.target)) {
    held.value = event.target.value;
    if (event.target instanceof HTMLInputElement) held.checked = event.target.checked;
  }
  return held;
}

/** Does a held event again, on the live page. */
function replay({ at, type, value, checked, key, files }: Held) {
  if (!(at instanceof Node) || !at.isConnected) return;
  if (isField(at) && value !== undefined && !(at instanceof HTMLInputElement && at.type === 'file'))
    at.value = value;
  if (at instanceof HTMLInputElement && checked !== undefined) at.checked = checked;
  if (type === 'click' && at instanceof HTMLElement) at.click();
  else if (key) at.dispatchEvent(new KeyboardEvent(type, key));
  else if (files) {
    const data = new DataTransfer();
    for (const file of files) data.items.add(file);
    at.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
  } else at.dispatchEvent(new Event(type, { bubbles: true }));
}

/** Moves the pointer again where it last was, for the live page's handlers. */
function pointAt({ clientX, clientY, pointerType, pointerId, isPrimary }: PointerEvent) {
  const at = document.elementFromPoint?.(clientX, clientY);
  if (!at || typeof PointerEvent === 'undefined') return;
  const init = { clientX, clientY, pointerType, pointerId, isPrimary, bubbles: true };
  at.dispatchEvent(new PointerEvent('pointerover', init));
  at.dispatchEvent(new PointerEvent('pointermove', init));
}

/**
 * Starts the dashboard without holding up the prerendered page: the page is read, scrolled and
 * printed from its HTML, and its code (charts, editor, import) loads when the browser is idle
 * or at the first sign of intent (a pointer over it, focus, a key), whichever comes first.
 * What a reader does before it is live (a click, a key, a file chosen or dropped, a field
 * changed) is held and done again once it is, so nothing is lost.
 */
export function bootDashboard(
  target: HTMLElement,
  start: () => Promise<void>,
  /** Waits for the browser to be idle (requestIdleCallback where there is one). */
  idle: (run: () => void) => void = (run) =>
    'requestIdleCallback' in globalThis
      ? requestIdleCallback(run, { timeout: 2500 })
      : setTimeout(run, 500),
): Promise<void> {
  if (!target.firstChild) return start();
  const held: Held[] = [];
  let pointer: PointerEvent | undefined;
  const follow = (event: Event) => (pointer = event as PointerEvent);
  let begun: Promise<void> | undefined;
  const early = (event: Event) => {
    // A link within the page (the skip link) needs no code: it goes at once, as the reader
    // asked, not once the page is live (a Tab pressed meanwhile went on from where it was).
    if (event.type === 'click' && inPageLink(event.target)) return void begin();
    // A part of the page already live (a chart's island comes to life before the rest) would
    // act on the event now and again when it is done again: it acts only then, once.
    event.stopImmediatePropagation();
    const h = hold(event);
    if (h) held.push(h);
    void begin();
  };
  const begin = () =>
    (begun ??= (async () => {
      for (const type of INTENT) removeEventListener(type, begin, true);
      try {
        await start();
        // What the reader did meanwhile is done in a task of its own, not in the one that
        // brought the last part of the page to life (a file chosen starts its import here).
        // Until then, more of it is held, so it is all done in the order it came.
        await nextTask();
      } finally {
        // Should the code fail to load, the page still gives every click and key to its HTML.
        for (const type of EARLY) removeEventListener(type, early, true);
      }
      // A press (a drag to zoom) came before the click it ends in: it is made again first.
      press.release();
      // Focus that came before the page was live is told to it now (a chart shows its point).
      const focused = document.activeElement;
      if (focused && focused !== document.body && target.contains(focused))
        focused.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      for (const h of held) replay(h);
      // A pointer resting on a chart shows its point now, without waiting to be moved.
      removeEventListener('pointermove', follow, true);
      if (pointer) pointAt(pointer);
    })());
  const press = heldPress(() => void begin());
  addEventListener('pointermove', follow, { capture: true, passive: true });
  for (const type of EARLY) addEventListener(type, early, true);
  for (const type of INTENT) addEventListener(type, begin, { capture: true, passive: true });
  return new Promise((live, failed) => idle(() => void begin().then(live, failed)));
}
