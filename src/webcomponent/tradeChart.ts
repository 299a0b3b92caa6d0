import chartCss from '../lib/components/chart/chart.css?inline';
import { BUILT_IN_IDS } from '../render/builtInIds';
import { ATTRIBUTES, attributesToState } from './attributesToState';
import { hostStyles } from './hostStyles';
import { importInOwnWorker } from './importInOwnWorker';
import { lazyImporter } from './lazyImporter';
import { mountReportChart } from './mountReportChart';
import reportChartCss from './reportChart.css?inline';

/**
 * `<trade-chart dataset="release">` or `<trade-chart src="data.csv" type="line" x="year" y="value">`:
 * a Tradelens chart with its sources in any page, in an open shadow root so the page's styles
 * and the chart's leave each other alone. `src` is imported by trade-chart-import.js, beside this
 * file, fetched only then: in a worker, or on the page's thread where no worker can start.
 */
/** `heading-level="1"`…`"6"` fits the title into the report's outline; a section's h2 by default. */
function headingLevel(element: Element): 1 | 2 | 3 | 4 | 5 | 6 {
  const level = Number(element.getAttribute('heading-level'));
  return Number.isInteger(level) && level >= 1 && level <= 6 ? (level as 1 | 2 | 3 | 4 | 5 | 6) : 2;
}

function defineTradeChart() {
  const file = new URL(/* @vite-ignore */ 'trade-chart-import.js', import.meta.url).href;
  const importer = importInOwnWorker(file, lazyImporter(file));
  let count = 0;

  class TradeChart extends HTMLElement {
    static observedAttributes = [...ATTRIBUTES, 'heading-level'];
    #remove: (() => void) | null = null;
    #uid = `trade-chart-${++count}`;

    connectedCallback() {
      this.#render();
    }

    disconnectedCallback() {
      this.#remove?.();
      this.#remove = null;
    }

    attributeChangedCallback() {
      if (this.isConnected) this.#render();
    }

    #render() {
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      this.#remove?.();
      root.replaceChildren();
      const style = document.createElement('style');
      style.textContent = hostStyles + chartCss + reportChartCss;
      const target = document.createElement('div');
      root.append(style, target);
      const request = attributesToState(
        (name) => this.getAttribute(name),
        document.baseURI,
        BUILT_IN_IDS,
      );
      this.#remove = mountReportChart(target, {
        request,
        importer,
        uid: this.#uid,
        headingLevel: headingLevel(this),
      });
    }
  }

  if (!customElements.get('trade-chart')) customElements.define('trade-chart', TradeChart);
}

if (typeof HTMLElement !== 'undefined') defineTradeChart();
