import { findColumn } from '../../data/columnValue';
import type { NumberColumn, Table, TextColumn } from '../../data/table';
import { STILL } from '../balance/buildBalanceSpec';
import { factsSubtitle } from '../build/chartText';
import { emptySpec } from '../build/emptySpec';
import type { ChartConfig } from '../config';
import { chartUnit } from '../data/chartUnit';
import { rowMask } from '../data/rowMask';
import { tableFacts } from '../data/tableFacts';
import { columnTitle } from '../humanName';
import { normalizeConfig, type ChartInput } from '../normalizeConfig';
import { pointSource } from '../pointSource';
import { sourceLines } from '../sourceLines';
import type { ChartSize, ChartSpec } from '../spec';
import { sumItems } from '../treemap/treemapItems';
import { amountFormatter } from '../units/formatAmount';
import { mapClasses } from './mapClasses';
import { mapEntries, pairedCountryCodes, type MapEntry } from './mapEntries';
import { mapLegend } from './mapLegend';
import { mapNotes } from './mapNotes';
import { mapRegions } from './mapRegions';
import { mapTable } from './mapTable';

/** The columns and rows a map reads, or why it cannot be drawn. */
function mapInput(table: Table, config: ChartConfig) {
  const x = findColumn(table, config.x);
  const y = config.y.map((n) => findColumn(table, n)).find((c) => c?.type === 'number');
  if (!x || x.type === 'number')
    return 'A map needs a column of countries (names or ISO codes); choose one.';
  if (!y || y.type !== 'number') return 'A map needs a column of values; choose one.';
  return { x: x as TextColumn, y: y as NumberColumn, mask: rowMask(table, config.filters).mask };
}

/**
 * A choropleth: a value per country in quantile classes, on an equal-area projection (Equal
 * Earth). Countries are matched by code or name; groups are never drawn as countries; every
 * value is listed in the table, drawn or not. Needs `config.atlas` (loadMapAtlas); without it
 * the chart says it is loading.
 */
export function buildMapSpec(table: Table, input: ChartInput, size: ChartSize): ChartSpec {
  const config = normalizeConfig(input, 'map');
  const fallbackTitle = config.text?.title ?? 'Map';
  const read = mapInput(table, config);
  if (typeof read === 'string') return emptySpec('map', table, size, fallbackTitle, read);
  const { atlas } = config;
  if (!atlas)
    return { ...emptySpec('map', table, size, fallbackTitle, 'Loading the map…'), why: undefined };
  const { x, y, mask } = read;
  const codes = pairedCountryCodes(table, x, mask, atlas);
  const entries = mapEntries(sumItems(x, y, mask, codes), atlas);
  const countries = firstPerCountry(entries);
  if (!countries.size) return emptySpec('map', table, size, fallbackTitle, noCountry(x));
  const locale = config.locale ?? 'en';
  const { unit, note: unitNote } = chartUnit(table, y, mask, config.edits);
  const amount = amountFormatter(unit, locale);
  const classes = mapClasses([...countries.values()].map((e) => e.value));
  const probe = mapLegend(
    classes,
    amount,
    { left: 8, bottom: size.height, width: size.width - 16 },
    true,
  );
  const box = { left: 4, top: 4, width: size.width - 8, height: size.height - probe.height - 12 };
  const { shapes } = atlas.draw(box);
  const { facts, indicator } = tableFacts(table, mask, [x.name, y.name, codes?.name]);
  const period = facts.find((f) => /year|period|time/i.test(f.column))?.value ?? '';
  const ctx = { classes, amount, period, source: pointSource(table, y, -1) };
  const { regions, rest } = mapRegions(shapes, countries, ctx);
  const drawn = new Map(regions.map((r) => [r.id, countries.get(r.id)!]));
  const unshaped = [...countries.values()].filter((e) => !drawn.has(e.country!.iso3));
  const legend = mapLegend(
    classes,
    amount,
    { left: 8, bottom: size.height - 2, width: size.width - 16 },
    rest.length > 0,
  );
  const title =
    config.text?.title ?? `${indicator ?? columnTitle(y)} by ${columnTitle(x).toLowerCase()}`;
  const subtitle = factsSubtitle(config, facts);
  return {
    kind: 'map',
    width: size.width,
    height: size.height,
    plot: box,
    title,
    subtitle,
    description: describeMap(
      regions.map((r) => r.point),
      entries.length,
      amount,
    ),
    xAxis: { ticks: [], grid: false },
    yAxis: { ticks: [], grid: false },
    series: [],
    bars: [],
    regions,
    guides: rest,
    callouts: legend.shapes,
    labels: [],
    annotations: [],
    legend: [],
    sources: sourceLines(table, [y], config.overlaySources ?? []),
    notes: [
      ...(unitNote ? [unitNote] : []),
      ...mapNotes(config, entries, unshaped, classes.count, atlas.credit),
    ],
    table: mapTable(
      entries,
      drawn,
      classes,
      amount,
      { place: columnTitle(x), value: columnTitle(y) },
      title,
    ),
    view: STILL,
    render: 'svg',
  };
}

/** The entry drawn for each country: the first value that names it. */
function firstPerCountry(entries: MapEntry[]): Map<string, MapEntry> {
  const countries = new Map<string, MapEntry>();
  for (const e of entries)
    if (e.status === 'country' && !countries.has(e.country!.iso3))
      countries.set(e.country!.iso3, e);
  return countries;
}

const noCountry = (x: TextColumn) =>
  `No value of “${columnTitle(x)}” is a country (by ISO code, M49 number or name); choose the column of countries.`;

/** `Map of 152 values, 148 countries drawn. Highest: China $3.4 tn, …; lowest: …` */
function describeMap(
  points: { seriesLabel: string; value: number }[],
  values: number,
  amount: (v: number) => string,
): string {
  const sorted = [...points].sort((a, b) => b.value - a.value);
  const say = (list: typeof points) =>
    list.map((p) => `${p.seriesLabel} ${amount(p.value)}`).join(', ');
  return `Map of ${values} values, ${points.length} countries drawn. Highest: ${say(sorted.slice(0, 5))}; lowest: ${say(sorted.slice(-3).reverse())}.`;
}
