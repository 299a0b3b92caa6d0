import type { EmbedCheck } from '../lib/components/toolbar/embedCheck';
import type { Importer } from '../lib/state/UploadsState.svelte';

/**
 * An embed's data address tried on this page as the embed will read it (fetched, imported, the
 * chart's state applied), its code loaded only when asked.
 */
export const pageEmbedCheck =
  (importer: Importer): EmbedCheck =>
  async (state) => {
    const { loadChartState } = await import('./loadChartState');
    const loaded = await loadChartState(state, importer);
    return loaded.ok ? { ok: true, rows: loaded.table.rowCount } : loaded;
  };
