import { expect, test, type Page } from '@playwright/test';

/** The annual series' figure on the dashboard. */
const annual = (page: Page) =>
  page.locator('figure', { hasText: 'China–Russia two-way trade, 2012–2023' });
const lineCount = (page: Page) =>
  annual(page).locator('svg[role="img"] .marks path[stroke-linecap="round"]').count();

let errors: string[] = [];
test.beforeEach(async ({ page }) => {
  errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await annual(page).locator('svg').first().waitFor();
});
test.afterEach(() => expect(errors).toEqual([]));

test('tooltip: hovering a point shows its value, period, series and source; the crosshair follows', async ({
  page,
}) => {
  const svg = annual(page).getByRole('img');
  await svg.scrollIntoViewIfNeeded();
  const box = (await svg.boundingBox())!;
  // GACC's 2021 point: the only series with a 2021 figure.
  const at = await svg.evaluate((el) => {
    const vb = (el as SVGSVGElement).viewBox.baseVal;
    // Halfway between the 2020 and 2022 ticks: the axis labels every other year at this width.
    const tickX = (year: string) =>
      Number(
        [...el.querySelectorAll('.axes text')]
          .find((t) => t.textContent === year)!
          .getAttribute('x'),
      );
    const x = (tickX('2020') + tickX('2022')) / 2;
    const dot = [...el.querySelectorAll('.marks circle')].find(
      (c) => Math.abs(Number(c.getAttribute('cx')) - x) < 1,
    )!;
    return { x: x / vb.width, y: Number(dot.getAttribute('cy')) / vb.height };
  });
  await page.mouse.move(box.x + box.width * at.x, box.y + box.height * at.y);
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText('$146.9 bn');
  await expect(tip).toContainText('2021 · GACC, as reported');
  await expect(tip).toContainText('Source:');
  await expect(annual(page).locator('.crosshair')).toHaveCount(1);
});

test('tooltip: the release point says it is a lower bound, from the release', async ({ page }) => {
  const plot = annual(page).getByRole('application');
  await plot.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText('> $190 bn');
  await expect(tip).toContainText('lower bound');
  await expect(tip).toContainText('Source: CGTN via PR Newswire');
});

test('keyboard: arrows walk the points and series, each step said; Escape puts the point away', async ({
  page,
}) => {
  const plot = annual(page).getByRole('application');
  await plot.focus();
  const live = plot.locator('[aria-live="polite"]');
  await page.keyboard.press('End');
  await expect(live).toHaveText(/GACC, as reported, 2023: \$240\.1 bn\. Source: GACC via Reuters/);
  await page.keyboard.press('ArrowLeft');
  await expect(live).toHaveText(/2022: \$190\.3 bn/);
  await page.keyboard.press('ArrowDown');
  await expect(live).toHaveText(/IMF DOTS, China-reported, 2020/);
  await page.keyboard.press('ArrowUp');
  await expect(live).toHaveText(/GACC, as reported, 2020/);
  await expect(page.getByRole('tooltip')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toBeHidden();
  // The reader keeps their place: Tab goes on from the chart.
  await expect(plot).toBeFocused();
});

test('legend: a series toggles off and on from its key entry', async ({ page }) => {
  const button = annual(page).getByRole('button', { name: 'IMF DOTS, China-reported' });
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  expect(await lineCount(page)).toBe(3);
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  expect(await lineCount(page)).toBe(2);
  await button.click();
  expect(await lineCount(page)).toBe(3);
});

test('zoom: brushing over years zooms in; Reset zoom shows them all again', async ({ page }) => {
  const svg = annual(page).getByRole('img');
  await svg.scrollIntoViewIfNeeded();
  const box = (await svg.boundingBox())!;
  const ticks = () => annual(page).locator('.axes text').allTextContents();
  expect(await ticks()).toContain('2012');
  await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.5, { steps: 5 });
  await page.mouse.up();
  await expect.poll(ticks).not.toContain('2012');
  const reset = annual(page).getByRole('button', { name: 'Reset zoom' });
  await expect(reset).toBeEnabled();
  await reset.click();
  await expect.poll(ticks).toContain('2012');
  await expect(reset).toBeDisabled();
});

test('relative change: index to 2012 = 100 puts the release at +116 % and GACC beside it', async ({
  page,
}) => {
  const figure = annual(page);
  await figure.getByRole('combobox', { name: 'Show' }).selectOption('index');
  await figure.getByRole('combobox', { name: 'Base' }).selectOption('2012');
  await expect(figure.getByRole('img')).toContainText('Index, 2012 = 100');
  const plot = figure.getByRole('application');
  await plot.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tooltip')).toContainText('216.0');
  await expect(page.getByRole('tooltip')).toContainText('Value: $190.3 bn');
  await figure.getByRole('combobox', { name: 'Show' }).selectOption('change');
  await expect(figure.getByRole('img')).toContainText('% change since 2012');
  await expect(figure.locator('figcaption')).toContainText(
    '% change from each series’ first value in view',
  );
});

test('log scale: the toggle redraws the axis without zero', async ({ page }) => {
  const figure = annual(page);
  await figure.getByRole('button', { name: 'Log scale' }).click();
  await expect(figure.getByRole('button', { name: 'Log scale' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect.poll(() => figure.locator('.axes text').allTextContents()).not.toContain('0');
});

test('dark and reduced motion: the chart follows the page’s colours and keeps working', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  const stroke = await annual(page)
    .locator('.marks path[stroke-linecap="round"]')
    .first()
    .evaluate((p) => getComputedStyle(p).stroke);
  expect(stroke).toBe('rgb(127, 176, 240)');
  const plot = annual(page).getByRole('application');
  await plot.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tooltip')).toHaveCSS('transition-duration', '0s');
});

test('at 360 px the tooltip stays on screen, docked below the plot, the legend in sight', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const plot = annual(page).getByRole('application');
  await plot.focus();
  await page.keyboard.press('End');
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText('2023');
  const box = (await tip.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  // Under the plot: the legend above it, the key to the colours, is not covered.
  const plotBox = (await plot.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(plotBox.y + plotBox.height - 1);
  const legend = annual(page).locator('.legend');
  if (await legend.count()) {
    const key = (await legend.first().boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(key.y + key.height);
  }
});

test.describe('on an uploaded real file (Comtrade, China to five partners, 2010–2014)', () => {
  const FILE = 'tests/fixtures/real/comtrade/shjain6670_IBE-China_comtrade_S4_CHN-DEU_2010.csv';
  const uploaded = (page: Page) =>
    page.locator('figure', { hasText: 'shjain6670_IBE-China_comtrade_S4_CHN-DEU_2010.csv' });

  test.beforeEach(async ({ page }) => {
    await page.getByLabel(/CSV/).first().setInputFiles(FILE);
    await uploaded(page).locator('svg[role="img"]').waitFor({ timeout: 15_000 });
  });

  test('charts partners over the years with no clicks; tooltip, keyboard, legend, zoom and index work', async ({
    page,
  }) => {
    const figure = uploaded(page);
    await expect(figure.getByRole('heading', { level: 3 })).toHaveText('China exports by partner');
    await expect(figure.locator('figcaption')).toContainText('sum of the rows');

    // Tooltip: hover the first point of the first line.
    const svg = figure.getByRole('img');
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    const at = await svg.evaluate((el) => {
      const vb = (el as SVGSVGElement).viewBox.baseVal;
      const dot = el.querySelector('.marks circle')!;
      return {
        x: Number(dot.getAttribute('cx')) / vb.width,
        y: Number(dot.getAttribute('cy')) / vb.height,
      };
    });
    await page.mouse.move(box.x + box.width * at.x, box.y + box.height * at.y);
    await expect(page.getByRole('tooltip')).toContainText('2010');
    await expect(page.getByRole('tooltip')).toContainText(
      'Source: United Nations, “UN Comtrade Database”',
    );

    // Keyboard: each step said (the pointer leaves first, taking its point with it).
    await page.mouse.move(0, 0);
    const plot = figure.getByRole('application');
    await plot.focus();
    await page.keyboard.press('ArrowRight');
    const live = plot.locator('[aria-live="polite"]');
    await expect(live).toHaveText(
      /^Germany, 2010: \$[\d.]+ bn\. Source: United Nations, “UN Comtrade Database”/,
    );
    await page.keyboard.press('ArrowDown');
    await expect(live).toHaveText(/^China, Hong Kong SAR, 2010/);
    await page.keyboard.press('Escape');

    // Legend.
    const usa = figure.getByRole('button', { name: 'USA' });
    await usa.click();
    await expect(usa).toHaveAttribute('aria-pressed', 'false');
    await expect(figure.locator('svg[role="img"] .marks path[stroke-linecap="round"]')).toHaveCount(
      4,
    );
    await usa.click();

    // Zoom in from the keyboard, then reset.
    await plot.focus();
    await page.keyboard.press('+');
    const reset = figure.getByRole('button', { name: 'Reset zoom' });
    await expect(reset).toBeEnabled();
    await reset.click();
    await expect(reset).toBeDisabled();

    // Relative change.
    await figure.getByRole('combobox', { name: 'Show' }).selectOption('index');
    await expect(figure.getByRole('img')).toContainText('Index, 2010 = 100');
  });
});
