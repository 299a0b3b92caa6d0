/** What a pointer event needs to be made again on the live page. */
type PointerInit = PointerEventInit & { clientX: number; clientY: number };

const initOf = (e: PointerEvent): PointerInit => ({
  clientX: e.clientX,
  clientY: e.clientY,
  pointerType: e.pointerType,
  pointerId: e.pointerId,
  isPrimary: e.isPrimary,
  button: e.button,
  buttons: e.buttons,
  bubbles: true,
  cancelable: true,
});

/** A press made before the page is live: where it went down, last moved to and let go. */
interface Press {
  at: EventTarget;
  down: PointerInit;
  moved?: PointerInit;
  up?: PointerInit;
}

/** The held press's element, or what lies at its point if hydration replaced it. */
function pressedAt({ at, down }: Press): EventTarget | null {
  if (at instanceof Node && at.isConnected) return at;
  return document.elementFromPoint?.(down.clientX, down.clientY) ?? null;
}

/**
 * Holds a press (a drag across a chart to zoom, a click on a point) made before the page is
 * live, and makes it again once it is: the same pointer going down, moving and coming up, so
 * a reader's first gesture is not lost to the page's code still loading. A press still held
 * when the page comes to life goes down again, and the real pointer finishes it.
 */
export function heldPress(begin: () => void) {
  let press: Press | undefined;
  const down = (event: Event) => {
    const e = event as PointerEvent;
    // A part already live (a chart's island) would act now and again when the press is
    // made again: it acts only then, once.
    event.stopImmediatePropagation();
    if (e.isPrimary !== false) press = { at: e.target!, down: initOf(e) };
    begin();
  };
  const move = (event: Event) => {
    if (press && !press.up) press.moved = initOf(event as PointerEvent);
  };
  const up = (event: Event) => {
    event.stopImmediatePropagation();
    if (press && !press.up) press.up = initOf(event as PointerEvent);
  };
  const listeners = [
    ['pointerdown', down],
    ['pointermove', move],
    ['pointerup', up],
  ] as const;
  for (const [type, on] of listeners) addEventListener(type, on, true);
  return {
    /** Stops holding, and makes the press again on the live page. */
    release() {
      for (const [type, on] of listeners) removeEventListener(type, on, true);
      const held = press;
      press = undefined;
      const at = held && typeof PointerEvent !== 'undefined' ? pressedAt(held) : null;
      if (!held || !at) return;
      // A mouse comes over its point first, as it did: a click opens what it was on. A finger
      // has no hover: its tap goes down at once, so it reads as a first tap (a tooltip), not a
      // second one on a point already shown (which opens the source).
      if (held.down.pointerType !== 'touch')
        at.dispatchEvent(new PointerEvent('pointermove', held.down));
      at.dispatchEvent(new PointerEvent('pointerdown', held.down));
      if (held.moved) at.dispatchEvent(new PointerEvent('pointermove', held.moved));
      if (held.up) at.dispatchEvent(new PointerEvent('pointerup', held.up));
    },
  };
}
