import type { Feature, Geometry, MultiPoint, Position } from 'geojson';
import { EUROPE_ISO3 } from './europe';

/**
 * Europe as Eurostat frames it: Iceland, the Canaries' latitude, Cyprus and the Caucasus, with
 * 71.5° N over the central meridian.
 */
const FRAME: Position[] = [
  [-24, 35],
  [-24, 66],
  [10, 71.5],
  [45, 66],
  [45, 35],
  [10, 34],
];

/** Europe proper, in degrees: the parts of European countries a Europe frame must hold whole. */
const PROPER = { west: -32, east: 60, south: 27, north: 72 };
const inProper = ([lon, lat]: Position) =>
  lon >= PROPER.west && lon <= PROPER.east && lat >= PROPER.south && lat <= PROPER.north;

type Country = Feature<Geometry, { name: string }>;

const polygonsOf = (g: Geometry) =>
  g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];

/**
 * What a Europe frame draws and is fitted to. It draws each European country without its
 * outlines wholly outside Europe proper (Svalbard, French Guiana): a box taller or wider than
 * the frame would show them sliced at its edge. It is fitted to its corners and to every outline
 * of a European country that lies in Europe proper, vertex by vertex. Corners alone left out
 * whatever bulged past them: parallels curve up away from the central meridian, so the North
 * Cape (71.1° N, 25.8° E) stood above 71.5° N at 10° E and was cut at the top, as was
 * Azerbaijan's Caspian shore at the right. Russia runs on past the Urals: the frame cuts it at
 * its edges, as it cuts the non-European neighbours.
 */
export function europeParts(
  features: Country[],
  keys: string[],
): { features: Country[]; fit: MultiPoint } {
  const coordinates = [...FRAME];
  const drawn = features.map((f, i) => {
    if (!EUROPE_ISO3.has(keys[i])) return f;
    const polygons = polygonsOf(f.geometry);
    for (const [ring] of polygons) if (ring.every(inProper)) coordinates.push(...ring);
    const near = polygons.filter(([ring]) => ring.some(inProper));
    if (near.length === polygons.length) return f;
    return { ...f, geometry: { type: 'MultiPolygon' as const, coordinates: near } };
  });
  return { features: drawn, fit: { type: 'MultiPoint', coordinates } };
}
