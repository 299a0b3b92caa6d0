import { decodeState } from './decodeState';
import { encodeState, STATE_LIMITS, type ChartState } from './urlState';

const MARKUP = /[<>]/;

/**
 * Why a chart cannot travel in an embed link, said to its author with what to change, or null
 * when it can: the filter that keeps too many values, the text too long or with markup, else
 * what the embed page itself would say of the link.
 */
export function embedRefusal(state: ChartState): string | null {
  const hash = encodeState(state);
  const reason = decodeState(hash);
  if (reason.ok) return null;
  const cannot = 'This chart cannot travel in an embed link:';
  const filters = Object.entries(state.filters ?? {});
  const crowded = filters.find(([, values]) => values.length > STATE_LIMITS.list);
  if (crowded)
    return `${cannot} the ${crowded[0]} filter keeps ${crowded[1].length} values, and a link holds ${STATE_LIMITS.list}. Keep fewer in that filter.`;
  if (filters.length > STATE_LIMITS.filters)
    return `${cannot} it has ${filters.length} filters, and a link holds ${STATE_LIMITS.filters}. Remove some.`;
  const texts: [string, string | undefined][] = [
    ['title', state.title],
    ['subtitle', state.subtitle],
    ...(state.notes ?? []).map((n, i): [string, string] => [`note ${i + 1}`, n]),
  ];
  const long = texts.find(([, t]) => t && t.length > STATE_LIMITS.text);
  if (long)
    return `${cannot} its ${long[0]} is ${long[1]!.length} characters long, and a link holds ${STATE_LIMITS.text}. Shorten it.`;
  const marked = texts.find(([, t]) => t && MARKUP.test(t));
  if (marked)
    return `${cannot} its ${marked[0]} contains < or >, which an embed refuses. Remove them.`;
  if (hash.length > STATE_LIMITS.hash)
    return `${cannot} its settings come to more than a link holds (${STATE_LIMITS.hash} characters). Keep fewer filter values, or shorter texts.`;
  return `${cannot} ${reason.error}`;
}
