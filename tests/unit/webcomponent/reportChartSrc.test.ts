// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importOnMainThread } from '../../../src/lib/upload/importOnMainThread';
import { attributesToState } from '../../../src/webcomponent/attributesToState';
import { mountReportChart } from '../../../src/webcomponent/mountReportChart';
import { wideTarget } from '../../component/webcomponent/wideTarget';

const BANK_NAME = 'API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv';
const bankCsv = () => readFileSync(`tests/fixtures/real/worldbank/${BANK_NAME}`, 'utf8');
const PAGE = 'http://127.0.0.1:4173/report.html';

let target: HTMLElement;
beforeEach(() => (target = wideTarget()));
afterEach(() => vi.unstubAllGlobals());

/** Mounts `<trade-chart>`'s renderer for `attrs`, every fetch answered by `answer`. */
function mount(attrs: Record<string, string>, answer: () => Response) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => answer()),
  );
  const request = attributesToState((name) => attrs[name] ?? null, PAGE, []);
  mountReportChart(target, { request, importer: importOnMainThread, uid: 'r', headingLevel: 2 });
}

const settled = () =>
  vi.waitFor(() => {
    if (target.querySelector('[role="status"]')) throw new Error('still loading');
  });

describe('<trade-chart src> (mountReportChart)', () => {
  it('credits the publisher a World Bank file names, not the host it came from', async () => {
    mount({ src: `data/${BANK_NAME}`, type: 'line' }, () => new Response(bankCsv()));
    await settled();
    const caption = target.querySelector('figcaption')?.textContent ?? '';
    expect(target.querySelector('[role="alert"]')).toBeNull();
    expect(caption).toContain('World Bank');
    // As the dashboard cites the same file: its date, and its publisher's address.
    expect(caption).toContain(
      'World Bank, “World Development Indicators”, 26 October 2023, https://data.worldbank.org/indicator/NE.EXP.GNFS.ZS',
    );
    expect(caption).not.toMatch(/127\.0\.0\.1, “API_/);
  });

  it('shows the source a file names as text, never as markup', async () => {
    const csv =
      '"Data Source","<img src=x onerror=alert(1)>",\n\n' +
      bankCsv().split('\n').slice(4).join('\n');
    mount({ src: `data/${BANK_NAME}`, type: 'line' }, () => new Response(csv));
    await settled();
    const caption = target.querySelector('figcaption');
    expect(caption?.textContent).toContain('World Bank, “<img src=x onerror=alert(1)>”');
    expect(target.querySelector('img')).toBeNull();
  });

  it('says a 404 is a wrong link, without CORS advice', async () => {
    mount({ src: 'data/gone.csv' }, () => new Response('', { status: 404 }));
    await settled();
    const alert = target.querySelector('[role="alert"]')?.textContent ?? '';
    expect(alert).toContain('There is no file at http://127.0.0.1:4173/data/gone.csv');
    expect(alert).toContain('check the link.');
    expect(alert).not.toContain('CORS');
  });
});
