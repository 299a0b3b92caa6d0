import { decodeState, type ChartState } from '../lib/export';

/** Where the dashboard keeps the state of each of its charts a reader changed, by dataset. */
const KEY = 'tradelens:dashboard-charts';

/** Storage that may be missing or refuse (a private window, a full quota): never fatal. */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function read(): Record<string, string> {
  try {
    const saved: unknown = JSON.parse(storage()?.getItem(KEY) ?? '{}');
    return saved && typeof saved === 'object' ? (saved as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/**
 * The dashboard's charts as the reader last left them on this device, each read back as a link
 * is (checked, never trusted): a reload, or a visit without the address, keeps every edit, not
 * only the one chart the address holds.
 */
export function savedChartStates(datasets: readonly string[]): ChartState[] {
  return Object.values(read()).flatMap((hash) => {
    const decoded = typeof hash === 'string' ? decodeState(hash, { datasets }) : null;
    return decoded?.ok ? [decoded.state] : [];
  });
}

/** Keeps a chart's state (`#v=1&…`), or forgets it (`null`: the chart is as first drawn). */
export function saveChartState(dataset: string, hash: string | null): void {
  const saved = read();
  if (hash === null) delete saved[dataset];
  else saved[dataset] = hash;
  try {
    storage()?.setItem(KEY, JSON.stringify(saved));
  } catch {
    // Nothing kept: the address still holds the chart last changed.
  }
}
