import { findColumn } from '../../data/columnValue';
import type { NumberColumn, Table, TextColumn } from '../../data/table';
import { assembleSpec } from '../skeleton/assembleSpec';
import { factsSubtitle } from '../skeleton/chartText';
import { emptySpec } from '../skeleton/emptySpec';
import { measureName, titleBy } from '../skeleton/chartText';
import { remember } from '../config/chartMemo';
import type { ChartConfig } from '../config/chartConfig';
import { chartUnit } from '../prepare/chartUnit';
import { rowMask } from '../prepare/rowMask';
import { tableFacts } from '../prepare/tableFacts';
import { columnTitle } from '../words/humanName';
import { normalizeConfig, type ChartInput } from '../config/normalizeConfig';
import { pointSource } from '../words/pointSource';
import { sourceLines } from '../words/sourceLines';
import type { ChartSize, ChartSpec } from '../spec';
import { amountFormatter } from '../units/formatAmount';
import { unitLabel } from '../units/unitLabel';
import { mapClasses, type MapClasses } from './mapClasses';
import { mapLegend } from './mapLegend';
import { EDGE_INSET } from '../layout/edgeInset';
import { subsetNote } from '../skeleton/subsetNote';
import { mapNotes } from './mapNotes';
import { mapRegions } from './mapRegions';
import { mapRecords } from './mapRecords';
import { mapTable } from './mapTable';
import { periodIndex, periodMask } from './mapTimeline';
import { firstPerCountry, prepareMap, type PreparedMap } from './prepareMap';
import { describeMap } from './describeMap';
import type { MapAtlas } from './mapAtlasTypes';

/** The columns and rows a map reads, or why it cannot be drawn. */
function mapInput(table: Table, config: ChartConfig) {
  const x = findColumn(table, config.x);
  const y = config.y.map((n) => findColumn(table, n)).find((c) => c?.type === 'number');
  if (!x || x.type === 'number')
    return 'A map needs a column of countries (names or ISO codes); choose one.';
  if (!y || y.type !== 'number') return 'A map needs a column of values; choose one.';
  return { x: x as TextColumn, y: y as NumberColumn, mask: rowMask(table, config.filters).mask };
}

/** One period of a prepared map, ready to draw. */
interface MapStep {
  x: TextColumn;
  y: NumberColumn;
  /** The kept rows of every period, and of the one drawn. */
  mask: Uint8Array;
  rows: Uint8Array;
  prep: PreparedMap;
  at: number;
  classes: MapClasses;
  atlas: MapAtlas;
  key: string;
}

/**
 * A choropleth: a value per country in classes (quantiles, equal intervals or natural breaks),
 * on an equal-area projection (Equal Earth; Lambert's for a Europe frame when every country is
 * European), at one period of the table's time column. Countries are matched by code or name;
 * groups are never drawn as countries; every value is listed in the table, drawn or not. Needs
 * `config.atlas` (loadMapAtlas); with `config.memo` a change of period or size only recolours.
 */
export function buildMapSpec(table: Table, input: ChartInput, size: ChartSize): ChartSpec {
  const config = normalizeConfig(input, 'map');
  const fallbackTitle = config.text?.title ?? 'Map';
  const read = mapInput(table, config);
  if (typeof read === 'string') return emptySpec('map', table, size, fallbackTitle, read);
  const { atlas, memo } = config;
  if (!atlas)
    return { ...emptySpec('map', table, size, fallbackTitle, 'Loading the map…'), why: undefined };
  const filters = config.filters;
  const key = JSON.stringify(['map', table.id, table.rowCount, read.x.name, read.y.name, filters]);
  const prep = remember(memo, key, () => prepareMap(table, read, atlas));
  if (!prep.values.length) return emptySpec('map', table, size, fallbackTitle, noCountry(read.x));
  const method = config.classes ?? 'quantile';
  // Two countries or more to a class: five partners make two classes, not five of one each.
  const wanted = Math.min(5, Math.max(2, Math.floor(prep.classValues.length / 2)));
  const classes = remember(memo, `${key}:${method}`, () =>
    mapClasses(prep.values, method, wanted, prep.classValues),
  );
  const at = periodIndex(prep.timeline, config.period);
  const rows = prep.timeline
    ? periodMask(read.mask, prep.timeline.column, prep.timeline.codes[at])
    : read.mask;
  return drawMap(table, config, { ...read, rows, prep, at, classes, atlas, key }, size);
}

/**
 * The reporter of a map of its partners, when it has no value of its own: it is drawn apart,
 * not as a country with no data.
 */
function reporterHome(
  table: Table,
  facts: ReturnType<typeof tableFacts>['facts'],
  atlas: MapStep['atlas'],
  countries: Map<string, unknown>,
) {
  const said =
    facts.find((f) => f.role === 'reporter')?.value ?? table.provenance.fileSource?.reporter;
  const found = said ? atlas.findCountry(said) : undefined;
  return found && !countries.has(found.iso3) ? found : undefined;
}

const homeNote = (name: string) =>
  `${name} is the reporter, in grey: the colours are its figures for each other country.`;

/** One period of the map drawn: the outlines (projected once per size), recoloured. */
function drawMap(table: Table, config: ChartConfig, step: MapStep, size: ChartSize): ChartSpec {
  const { x, y, rows, prep, at, classes, atlas } = step;
  const entries = prep.entries[at];
  const countries = firstPerCountry(entries);
  const { unit, note: unitNote } = chartUnit(table, y, step.mask, config.edits);
  const amount = amountFormatter(unit, config.locale ?? 'en');
  // The key starts where the title and the other charts' texts do.
  const edge = { left: EDGE_INSET, width: size.width - 2 * EDGE_INSET };
  const { facts, indicator } = tableFacts(table, rows, [x.name, y.name, prep.codes?.name]);
  const home = reporterHome(table, facts, atlas, countries);
  // Classes kept over several periods: the key's ends say only their inner bounds.
  const openEnds = (prep.timeline?.periods.length ?? 0) > 1;
  const probe = mapLegend(
    classes,
    amount,
    { ...edge, bottom: size.height },
    true,
    home?.name,
    openEnds,
  );
  const box = { left: 4, top: 4, width: size.width - 8, height: size.height - probe.height - 12 };
  const { shapes } = remember(config.memo, `${step.key}:${prep.frame}:${JSON.stringify(box)}`, () =>
    atlas.draw(box, prep.frame),
  );
  const timeline = prep.timeline;
  const period = timeline
    ? timeline.periods[at]
    : (facts.find((f) => /year|period|time/i.test(f.column))?.value ?? '');
  const source = pointSource(table, y, -1);
  const ctx = { classes, amount, period, source, home: home?.iso3 };
  const { regions, rest } = mapRegions(shapes, countries, ctx);
  const drawn = new Map(regions.map((r) => [r.id, countries.get(r.id)!]));
  const unshaped = [...countries.values()].filter((e) => !drawn.has(e.country!.iso3));
  const noData = rest.some((r) => r.fill === 'nodata');
  const legend = mapLegend(
    classes,
    amount,
    { ...edge, bottom: size.height - 2 },
    noData,
    home?.name,
    openEnds,
  );
  const title = config.text?.title ?? titleBy(measureName(table, [y], indicator), x, facts);
  const names = { place: columnTitle(x), value: columnTitle(y) };
  return assembleSpec(size, {
    kind: 'map',
    plot: box,
    title,
    subtitle: factsSubtitle(config, facts),
    description: describeMap(regions, entries.length, amount, period),
    regions,
    guides: rest,
    callouts: legend.shapes,
    sources: sourceLines(table, [y], config.overlaySources ?? []),
    notes: [
      ...(unitNote ? [unitNote] : []),
      ...[subsetNote(table, config.filters)].filter((n): n is string => n !== null),
      ...(home ? [homeNote(home.name)] : []),
      ...mapNotes(config, entries, unshaped, classes, atlas.credit, {
        periods: timeline?.periods ?? [],
        classPeriod: prep.classPeriod,
        frame: prep.frame,
      }),
    ],
    table: mapTable(entries, drawn, classes, amount, names, title),
    records: mapRecords(entries, drawn, classes, { unit: unitLabel(unit), period, source }),
    view: {
      classes: classes.method,
      timeline:
        timeline && timeline.periods.length > 1
          ? { label: columnTitle(timeline.column), periods: timeline.periods, period }
          : undefined,
    },
  });
}

const noCountry = (x: TextColumn) =>
  `No value of “${columnTitle(x)}” is a country (by ISO code, M49 number or name); choose the column of countries.`;
