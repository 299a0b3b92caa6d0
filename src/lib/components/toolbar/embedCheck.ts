import { getContext, setContext } from 'svelte';
import type { ChartState } from '../../export';

const KEY = Symbol('embed-check');

/** What reading a chart's state as an embed would give: the rows it charts, or why not. */
export type EmbedCheckResult = { ok: true; rows: number } | { ok: false; error: string };

/** Reads a chart state as its embed will (the data fetched from `src` and imported). */
export type EmbedCheck = (state: ChartState) => Promise<EmbedCheckResult>;

/**
 * Lets the embed code of the charts inside this component be tried before it is copied: the
 * page that has an importer gives the check. Call during component initialisation.
 */
export function provideEmbedCheck(check: EmbedCheck): void {
  setContext(KEY, check);
}

/** The check an enclosing component provides, if any. */
export function embedCheck(): EmbedCheck | undefined {
  return getContext<EmbedCheck | undefined>(KEY);
}
