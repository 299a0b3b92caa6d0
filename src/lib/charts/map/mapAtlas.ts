/**
 * The world for maps: Natural Earth country outlines at 1:110m (world-atlas 2.0.2, TopoJSON,
 * public domain: https://www.naturalearthdata.com, https://github.com/topojson/world-atlas)
 * and ISO 3166 codes with English names (i18n-iso-countries 7.14.0, MIT). Imported only through
 * loadMapAtlas, so none of it is in the dashboard's first load.
 */
import { geoAzimuthalEqualArea, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPoint } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { findByCode, findCountry } from './countryIndex';
import { isoCountries } from '../words/placeCode';
import type { MapFrame } from './europe';
import { europeParts } from './europeParts';
import type { MapAtlas, MapShape } from './mapAtlasTypes';

const ANTARCTICA = '010';
const round = (v: number) => Math.round(v * 10) / 10;

/**
 * The projection of a frame fitted to a box: the world's (Equal Earth) whole; Europe's (Lambert
 * azimuthal equal-area centred on 10° E, 52° N, as ETRS89-LAEA, EPSG:3035) cut at the box's
 * edges, and fitted a pixel inside them, so an outline the fit holds is not shaved by the cut.
 */
function project(
  box: { left: number; top: number; width: number; height: number },
  frame: MapFrame,
  world: FeatureCollection,
  europe: MultiPoint,
): GeoProjection {
  const extent: [[number, number], [number, number]] = [
    [box.left, box.top],
    [box.left + box.width, box.top + box.height],
  ];
  if (frame === 'world') return geoEqualEarth().fitExtent(extent, world);
  const inner: [[number, number], [number, number]] = [
    [box.left + 1, box.top + 1],
    [box.left + box.width - 1, box.top + box.height - 1],
  ];
  return geoAzimuthalEqualArea().rotate([-10, -52]).fitExtent(inner, europe).clipExtent(extent);
}

function buildAtlas(): MapAtlas {
  const index = isoCountries();
  const topology = world as unknown as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const all = feature(topology, topology.objects.countries).features as Feature<
    Geometry,
    { name: string }
  >[];
  // Antarctica trades with no one and would take a sixth of the map.
  const features = all.filter((f) => f.id !== ANTARCTICA);
  const keys = features.map((f) => {
    const c =
      (f.id !== undefined && index.byCode.get(`N:${f.id}`)) ||
      findCountry(index, f.properties.name);
    return c ? c.iso3 : `name:${f.properties.name}`;
  });
  const collection = { type: 'FeatureCollection' as const, features };
  const europe = europeParts(features, keys);
  return {
    index,
    findByCode: (value) => findByCode(index, value),
    findCountry: (value) => findCountry(index, value),
    credit: 'Country outlines: Natural Earth 1:110m (public domain), via world-atlas.',
    draw(box, frame = 'world') {
      const projection = project(box, frame, collection, europe.fit);
      const drawn = frame === 'europe' ? europe.features : features;
      const path = geoPath(projection).digits(1);
      const shapes: MapShape[] = drawn.flatMap((f, i) => {
        const d = path(f);
        if (!d) return [];
        const [[x0, y0], [x1, y1]] = path.bounds(f);
        const [cx, cy] = path.centroid(f);
        const shape: MapShape = {
          key: keys[i],
          name: f.properties.name,
          d,
          box: [round(x0), round(y0), round(x1), round(y1)],
          centroid: [round(cx), round(cy)],
        };
        return [shape];
      });
      return { shapes };
    },
  };
}

export const atlas: MapAtlas = buildAtlas();
