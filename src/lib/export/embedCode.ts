import { appUrl } from './appUrl';
import { escapeHtml } from './escapeHtml';
import { fallbackFigure } from './fallbackFigure';
import { HEIGHT_MESSAGE_TYPE, MAX_EMBED_HEIGHT } from './heightMessage';
import { stateToAttributes } from './stateAttributes';
import type { PlainTable } from './tableRows';
import { encodeState, type ChartState } from './urlState';

export interface EmbedSnippetInput {
  /** Where `dist/` is served, such as `https://example.org/tradelens/`. */
  baseUrl: string;
  state: ChartState;
  title: string;
  /** The chart's figures, for the static fallback. */
  table: PlainTable;
  /** The chart's sources as one line of text. */
  citationText: string;
  /** The frame's first height, in CSS pixels, until the chart reports its own. */
  height: number;
}

/** A string as a JavaScript literal that cannot end the `<script>` it sits in. */
const jsString = (s: string) =>
  JSON.stringify(s).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/**
 * The frame-fitting script: it listens for height messages from Tradelens frames of that one
 * origin, matches the sender to its frame by `contentWindow`, sets the frame's height and, the
 * chart being shown, hides the static fallback. Nothing of the chart's data goes into it.
 */
function resizeScript(origin: string): string {
  return `(function(){var o=${jsString(origin)};window.addEventListener("message",function(e){var d=e.data;if(e.origin!==o||!d||d.type!==${jsString(HEIGHT_MESSAGE_TYPE)}||typeof d.height!=="number"||!(d.height>0&&d.height<=${MAX_EMBED_HEIGHT}))return;var f=document.querySelectorAll("iframe[data-tradelens-frame]");for(var i=0;i<f.length;i++){if(f[i].contentWindow!==e.source)continue;f[i].height=String(Math.ceil(d.height));var w=f[i].closest&&f[i].closest("[data-tradelens-embed]");var b=w&&w.querySelector("[data-tradelens-fallback]");if(b)b.hidden=true;}});})();`;
}

/**
 * The code a reader pastes into a page or CMS: (a) an `<iframe>` of `embed.html` with the chart's
 * state in its hash, (b) a small script that fits the frame to the chart, and (c) a static
 * `<figure>` with the figures as a table and the citation, which stays visible where scripts are
 * stripped and is hidden once the chart reports its height. Every value is HTML-escaped.
 */
export function embedSnippet(input: EmbedSnippetInput): string {
  const chartUrl = `${appUrl(input.baseUrl, 'embed.html')}#${encodeState(input.state)}`;
  const origin = new URL(chartUrl).origin;
  const height = Number.isFinite(input.height)
    ? Math.min(5000, Math.max(100, Math.round(input.height)))
    : 400;
  return [
    '<div data-tradelens-embed>',
    `<iframe src="${escapeHtml(chartUrl)}" title="${escapeHtml(input.title)}" loading="lazy" style="width:100%;border:0" height="${height}" data-tradelens-frame></iframe>`,
    `<script>${resizeScript(origin)}</script>`,
    fallbackFigure({
      title: input.title,
      table: input.table,
      citationText: input.citationText,
      chartUrl,
    }),
    '</div>',
  ].join('\n');
}

/**
 * The web-component snippet: the module script, then `<trade-chart>` with every field of the
 * state as an attribute (stateToAttributes), so the report shows the chart as its author made it.
 */
export function webComponentSnippet({
  baseUrl,
  state,
}: {
  baseUrl: string;
  state: ChartState;
}): string {
  const attrs = stateToAttributes(state)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const script = appUrl(baseUrl, 'trade-chart.js');
  return `<script type="module" src="${escapeHtml(script)}"></script>\n<trade-chart${attrs}></trade-chart>`;
}
