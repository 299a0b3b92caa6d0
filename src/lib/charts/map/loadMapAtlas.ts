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
