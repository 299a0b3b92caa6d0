import { expect, test, type Locator, type Page } from '@playwright/test';
import { holdPageCode } from './holdPageCode';

/** The centre of every drawn point (dots and bars) of a chart, as fractions of its svg box. */
function markCentres(svg: Locator) {
  return svg.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return [...el.querySelectorAll('.marks circle, .marks rect')]
      .map((m) => m.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({
        x: (r.left + r.width / 2 - box.left) / box.width,
        y: (r.top + Math.min(r.height / 2, 6) - box.top) / box.height,
      }));
  });
}

/**
 * Hovers every point of every chart on the page; returns the tooltips that left the window or
 * collapsed, and how many tooltips were seen.
 */
async function tooltipsOutside(page: Page): Promise<{ outside: string[]; seen: number }> {
  const outside: string[] = [];
  let seen = 0;
  const view = page.viewportSize()!;
  for (const svg of await page.locator('figure svg[role="img"]').all()) {
    await svg.scrollIntoViewIfNeeded();
    for (const at of await markCentres(svg)) {
      const box = (await svg.boundingBox())!;
      await page.mouse.move(box.x + box.width * at.x, box.y + box.height * at.y);
      const tip = page.getByRole('tooltip');
      if (!(await tip.isVisible())) continue;
      seen++;
      const t = (await tip.boundingBox())!;
      if (t.x < 0 || t.y < 0 || t.x + t.width > view.width || t.y + t.height > view.height)
        outside.push(`${await tip.innerText()} at ${JSON.stringify(t)}`);
      if (t.width < 100)
        outside.push(`collapsed to ${t.width.toFixed(0)} px: ${await tip.innerText()}`);
    }
    await page.mouse.move(0, 0);
  }
  return { outside, seen };
}

for (const width of [1280, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('every point of every dashboard chart shows its tooltip inside the window', async ({
      page,
    }) => {
      await page.goto('/');
      // The prerendered page comes to life when idle or at a first hover: this checks where
      // tooltips go, so it sweeps the charts once one shows (a held hover is tested elsewhere).
      const svg = page.locator('figure svg[role="img"]').first();
      await svg.scrollIntoViewIfNeeded();
      const [first] = await markCentres(svg);
      const box = (await svg.boundingBox())!;
      await page.mouse.move(box.x + box.width * first.x, box.y + box.height * first.y);
      await expect(page.getByRole('tooltip')).toBeVisible();
      // The release's two bars and the annual series' 40 points, 2022 and 2023 among them.
      const { outside, seen } = await tooltipsOutside(page);
      expect(outside).toEqual([]);
      expect(seen).toBeGreaterThanOrEqual(30);
    });

    for (const dataset of ['release', 'china-russia-annual'])
      test(`every point of the ${dataset} embed shows its tooltip inside the window`, async ({
        page,
      }) => {
        await page.goto(`/embed.html#v=1&dataset=${dataset}`.replace('#v=1&', '#v=1&type=line&'));
        await page.locator('figure svg').first().waitFor();
        const { outside, seen } = await tooltipsOutside(page);
        expect(outside).toEqual([]);
        // The annual series' 29 dots (the release's two points, lower bounds both, are triangles).
        expect(seen).toBeGreaterThanOrEqual(dataset === 'release' ? 2 : 29);
      });
  });
}

for (const width of [1280, 390])
  test(`at ${width} px every point of <trade-chart> shows its tooltip inside the window`, async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const report = new URL('/report-tooltips.html', baseURL).href;
    await page.route(report, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>Report</title><main>
          <script type="module" src="trade-chart.js"></script>
          <trade-chart dataset="china-russia-annual"></trade-chart>
          <trade-chart dataset="release"></trade-chart></main></html>`,
      }),
    );
    await page.goto(report);
    await expect(page.locator('trade-chart figure svg[role="img"]')).toHaveCount(2);
    const { outside, seen } = await tooltipsOutside(page);
    expect(outside).toEqual([]);
    expect(seen).toBeGreaterThanOrEqual(30);
  });

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a tap shows a point’s tooltip inside the window, and a second tap opens its source', async ({
    page,
  }) => {
    await page.goto('/');
    const block = page.locator('.chart-block').nth(1);
    // A finger has no wheel: the chart says what a tap does instead.
    await expect(block.getByText('Tap a point for its figure')).toBeVisible();
    await expect(block.getByText('Ctrl + wheel')).toBeHidden();
    const svg = block.locator('figure svg[role="img"]').first();
    await svg.scrollIntoViewIfNeeded();
    const [at] = (await markCentres(svg)).filter((c) => c.x > 0.7);
    const box = (await svg.boundingBox())!;
    const point = { x: box.x + box.width * at.x, y: box.y + box.height * at.y };
    await page.touchscreen.tap(point.x, point.y);
    const tip = page.getByRole('tooltip');
    await expect(tip).toBeVisible();
    const t = (await tip.boundingBox())!;
    expect(t.x).toBeGreaterThanOrEqual(0);
    expect(t.x + t.width).toBeLessThanOrEqual(390);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.touchscreen.tap(point.x, point.y);
    await expect(page.getByRole('dialog')).toHaveCount(1);
  });

  test('a tap made while the page is still loading its code shows the tooltip once it is live', async ({
    page,
  }) => {
    // The page's code arrives late, as on a slow network: the tap comes first.
    const release = await holdPageCode(page);
    await page.goto('/');
    const svg = page.locator('.chart-block').nth(1).locator('figure svg[role="img"]').first();
    await svg.scrollIntoViewIfNeeded();
    const [at] = (await markCentres(svg)).filter((c) => c.x > 0.7);
    const box = (await svg.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width * at.x, box.y + box.height * at.y);
    release();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});
