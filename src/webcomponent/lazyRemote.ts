import type { readRemote as ReadRemote } from '../app/remoteData';
import { besideComponent } from './lazyViews';

type RemoteModule = { readRemote: typeof ReadRemote };

const url = besideComponent('trade-chart-src.js');
let module: Promise<RemoteModule> | undefined;

/**
 * In trade-chart.js this stands in for remoteData (vite.config.wc.ts aliases it here): reading
 * a `src` (fetch, messages, citation) comes from trade-chart-src.js, beside the component, which
 * a report that charts a built-in dataset never fetches.
 */
export const readRemote: typeof ReadRemote = async (state, importer) => {
  module ??= import(/* @vite-ignore */ url) as Promise<RemoteModule>;
  try {
    return (await module).readRemote(state, importer);
  } catch {
    module = undefined;
    return {
      ok: false,
      error: `The importer (${url}) could not be loaded: put trade-chart-src.js and trade-chart-import.js beside trade-chart.js, served with Access-Control-Allow-Origin.`,
    };
  }
};
