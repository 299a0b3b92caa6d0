import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

let report: Server;
let reportOrigin = '';

// A report on an origin of its own (another port): it only serves its page; the script comes from
// the Tradelens server, as it would from any host of dist/.
test.beforeAll(async ({ baseURL }) => {
  const script = new URL('trade-chart.js', baseURL).href;
  report = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>Report</title><main>
      <script type="module" src="${script}"></script>
      <trade-chart dataset="release"></trade-chart></main></html>`);
  });
  await new Promise<void>((done) => report.listen(0, '127.0.0.1', done));
  reportOrigin = `http://127.0.0.1:${(report.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((done) => report.close(() => done())));

test('<trade-chart> renders in a report on another origin, its script served with CORS', async ({
  page,
  baseURL,
}) => {
  const response = page.waitForResponse(new URL('trade-chart.js', baseURL).href);
  await page.goto(`${reportOrigin}/story.html`);
  expect((await response).headers()['access-control-allow-origin']).toBe('*');
  const figure = page.locator('trade-chart figure');
  await expect(figure.locator('svg')).toContainText('190');
  await expect(figure.locator('figcaption')).toContainText('CGTN');
});
