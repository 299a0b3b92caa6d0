/**
 * A chart picker's change can draw the chart's controls anew (a new type or x resets the figure),
 * which would drop the keyboard's focus on the page's body. The control that had it is noted as
 * it changes, and focused again in the controls drawn next, if they come soon after.
 */
const pending = new Map<string, { control: string; at: number }>();
/** Longer after the change than this, the controls drawn are not the change's own. */
const WITHIN_MS = 2000;

/** Notes the control (`data-control`) of chart `uid` that had focus as it changed. */
export function noteFocus(uid: string, event: Event): void {
  const control = event.target;
  if (!(control instanceof HTMLElement) || !control.dataset.control) return;
  if (control.ownerDocument.activeElement !== control) return;
  pending.set(uid, { control: control.dataset.control, at: performance.now() });
}

/** Action on a chart's controls: focuses the control noted for `uid`, once they are drawn. */
export function restoreFocus(node: HTMLElement, uid: string): void {
  const noted = pending.get(uid);
  if (!noted) return;
  pending.delete(uid);
  if (performance.now() - noted.at > WITHIN_MS) return;
  const control = node.querySelector<HTMLElement>(`[data-control="${noted.control}"]`);
  if (control && control.ownerDocument.activeElement !== control)
    control.focus({ preventScroll: true });
}
