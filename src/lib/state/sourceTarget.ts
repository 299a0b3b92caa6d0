import type { PointSource } from '../charts/spec';

/** What the source viewer shows: the release with a quote marked, one row's page, or a series. */
export type SourceTarget =
  | { kind: 'release'; quote?: string; figureLabel?: string }
  | { kind: 'row'; period: string; seriesLabel: string; valueLabel: string; source: PointSource }
  | { kind: 'series'; tableId: string };
