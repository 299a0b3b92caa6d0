import type { MapAtlas } from './mapAtlasTypes';

let loading: Promise<MapAtlas> | undefined;

/**
 * The map's outlines and country codes, fetched the first time a map is drawn (a chunk of its
 * own, about 60 KB gzip) and shared by every map after it.
 */
export function loadMapAtlas(): Promise<MapAtlas> {
  loading ??= import('./mapAtlas').then((m) => m.atlas);
  return loading;
}

/**
 * The same for <trade-chart>, which is one file with nothing bundled beside it: the atlas is the
 * module `trade-chart-map.js` next to it (`url`), fetched the first time a map is drawn.
 */
export function loadMapAtlasFrom(url: string): Promise<MapAtlas> {
  loading ??= import(/* @vite-ignore */ url).then((m: { atlas: MapAtlas }) => m.atlas);
  return loading;
}
