import type { SourceTarget } from './sourceTarget';

/** Which source the viewer shows, if any; one per page, shared through context. */
export class SourceViewerState {
  target = $state<SourceTarget | null>(null);
  /** The element to give focus back to when the viewer closes. */
  opener: HTMLElement | null = null;

  open(target: SourceTarget) {
    this.opener = (globalThis.document?.activeElement as HTMLElement | null) ?? null;
    this.target = target;
  }

  close() {
    this.target = null;
    this.opener?.focus?.();
    this.opener = null;
  }
}
