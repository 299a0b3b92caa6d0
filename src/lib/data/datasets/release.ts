import data from '../../../../data/release.json';
import type { Citation } from '../citation';
import type { Figure } from '../../provenance/figure';
import { makeNumberColumn, makeTextColumn } from '../makeColumn';
import { parsePeriod } from '../period';
import type { Table } from '../table';

export interface ReleaseDataset {
  id: string;
  name: string;
  citation: Citation;
  figures: Figure[];
}

/** The figures of the CGTN release (seeds/), as stored in data/release.json. */
export const release = data as ReleaseDataset;

/** A figure of the release by id; throws for an id the code should know. */
export function releaseFigure(id: string): Figure {
  const figure = release.figures.find((f) => f.id === id);
  if (!figure) throw new Error(`No release figure ${id}`);
  return figure;
}

/**
 * A figure as a chart draws it: a figure derived from a lower bound (2012, worked back from
 * 2022's “exceeding $190 billion”) is one too, at its lowest (the growth being rounded).
 */
export function chartedFigure(f: Figure): {
  value: number;
  qualifier: Figure['qualifier'] | 'derived-lower-bound';
} {
  const low = f.interval?.low;
  return f.qualifier === 'derived' && low != null && f.interval?.high == null
    ? { value: low, qualifier: 'derived-lower-bound' }
    : { value: f.value, qualifier: f.qualifier };
}

/**
 * The release's trade levels (not its percentages) as a table: one row per figure, with its
 * qualifier, so charts can draw a lower bound as a lower bound and a derived value as derived.
 */
export function releaseTable(): Table {
  const levels = release.figures.filter((f) => f.unit === 'USD billion');
  const charted = levels.map(chartedFigure);
  const c = release.citation.id;
  const period = makeTextColumn(
    'period',
    'period',
    levels.map((f) => f.period),
    (label) => parsePeriod(label)?.key ?? NaN,
  );
  period.role = 'time';
  const value = makeNumberColumn(
    'value',
    charted.map((f) => f.value),
  );
  Object.assign(value, {
    role: 'measure',
    label: 'Two-way trade',
    unit: 'USD billion',
    citationId: c,
  });
  return {
    id: release.id,
    name: release.name,
    rowCount: levels.length,
    columns: [
      period,
      value,
      makeTextColumn(
        'figure',
        'category',
        levels.map((f) => f.id),
      ),
      makeTextColumn(
        'qualifier',
        'category',
        charted.map((f) => f.qualifier),
      ),
      makeTextColumn(
        'quote',
        'text',
        levels.map((f) => f.quote ?? null),
      ),
    ],
    provenance: { citations: [release.citation] },
    issues: [],
  };
}
