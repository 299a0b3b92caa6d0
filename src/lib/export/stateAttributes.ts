import { joinColorList, joinList } from './attributeList';
import type { ChartState } from './urlState';
import { numberText } from './urlState';

/**
 * The attributes `<trade-chart>` reads, in the order the contract lists them and then the
 * editor's: every field of a chart's state has one, so an embed in a report is the chart its
 * author made. The one list both the element and the Embed panel's snippet use.
 */
export const STATE_ATTRIBUTES = [
  'dataset',
  'src',
  'type',
  'x',
  'y',
  'series',
  'title',
  'source',
  'locale',
  'subtitle',
  'notes',
  'byline',
  'unit',
  'valueunit',
  'decimals',
  'colors',
  'yrange',
  'hidden',
  'mode',
  'base',
  'scale',
  'range',
  'filters',
  'classes',
  'period',
  'drill',
  'highlight',
  'estimates',
  'labels',
] as const;
export type StateAttribute = (typeof STATE_ATTRIBUTES)[number];

/** One note per line in the `notes` attribute. */
export const NOTE_SEPARATOR = '\n';

/**
 * A state as attribute values, as an author would write them by hand: lists joined with `,`
 * (an item holding a comma in double quotes; notes one per line), colours as `Series:#rrggbb`,
 * filters as `column=value|value;…`.
 */
export function stateToAttributes(state: ChartState): [StateAttribute, string][] {
  const value = (name: StateAttribute): string | undefined => {
    switch (name) {
      case 'y':
      case 'hidden':
        return state[name]?.length ? joinList(state[name]) : undefined;
      case 'notes':
        return state.notes?.length ? state.notes.join(NOTE_SEPARATOR) : undefined;
      case 'decimals':
        return state.decimals === undefined ? undefined : String(state.decimals);
      case 'colors':
        return state.colors && Object.keys(state.colors).length
          ? joinColorList(state.colors)
          : undefined;
      case 'yrange':
      case 'range': {
        const r = state[name];
        return r === undefined ? undefined : r === 'zero' ? r : r.map(numberText).join(',');
      }
      case 'filters':
        return state.filters && Object.keys(state.filters).length
          ? Object.entries(state.filters)
              .map(([column, values]) => `${column}=${values.join('|')}`)
              .join(';')
          : undefined;
      default:
        return state[name];
    }
  };
  return STATE_ATTRIBUTES.flatMap((name) => {
    const v = value(name);
    return v === undefined ? [] : [[name, v] as [StateAttribute, string]];
  });
}
