import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'best-practice'];

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

for (const path of ['/', '/sub/path/']) {
  test(`at ${path}: an h1 and a figure charting the release, its figcaption naming the source`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    const figure = page.locator('figure').first();
    await expect(figure.locator('svg')).toContainText('190');
    const caption = figure.locator('figcaption');
    for (const word of ['CGTN', 'PR Newswire', '2023']) await expect(caption).toContainText(word);
    expect(errors).toEqual([]);
  });
}

test('axe finds no violations (wcag2a, wcag2aa, best-practice), light and dark', async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('figure svg').first().waitFor();
  expect(await axe(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axe(page)).toEqual([]);
});

test('axe finds no violations with the source viewer open', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('button', { name: /Source: CGTN release/ })
    .first()
    .click();
  await expect(page.locator('dialog mark')).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

for (const dialog of ['Embed', 'Cite'] as const) {
  test(`axe finds no violations with the ${dialog} dialog open`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('toolbar').first().getByRole('button', { name: dialog }).click();
    const open = page.getByRole('dialog', { name: `${dialog} this chart` });
    await expect(open.getByRole('button', { name: /Copy/ }).first()).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
}

test('a source marker opens the release with the quoted sentence marked and in view', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('button', { name: /Source: CGTN release/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Source' });
  await expect(dialog).toBeVisible();
  const mark = dialog.locator('mark');
  await expect(mark).toHaveText(
    'Trade between China and Russia has expanded substantially, with the two-way volume exceeding $190 billion in 2022, up 116 percent from a decade ago.',
  );
  await expect(mark).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Focus returns to the marker that opened the viewer.
  await expect(page.getByRole('button', { name: /Source: CGTN release/ }).first()).toBeFocused();
});

test('the annual series source lists each year’s page and quote', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /General Administration of Customs/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('2015: no US$ figure');
  await expect(
    dialog.getByRole('link', { name: 'https://tass.com/economy/1178145' }),
  ).toBeVisible();
});

test('keyboard: the chart takes focus, arrows move point to point, each step is said', async ({
  page,
}) => {
  await page.goto('/');
  const plot = page.getByRole('application', { name: /2012–2023/ });
  await plot.focus();
  await page.keyboard.press('ArrowRight');
  const live = plot.locator('[aria-live="polite"]');
  await expect(live).toHaveText(/GACC, as reported, 2012: \$88\.1 bn\. Source: MOFCOM/);
  await page.keyboard.press('ArrowRight');
  await expect(live).toHaveText(/2013: \$89\.2 bn/);
  await page.keyboard.press('ArrowDown');
  await expect(live).toHaveText(/IMF DOTS, China-reported, 2013/);
  await expect(page.getByRole('tooltip')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toContainText('International Monetary Fund');
});

test('keyboard: the first Tab shows a link past the page’s charts to the upload', async ({
  page,
}) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to “Chart your own data”' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  // The next stop is in the upload panel, not the first chart.
  const inUpload = await page.evaluate(
    () => !!document.activeElement?.closest('[aria-labelledby="upload-heading"]'),
  );
  expect(inUpload).toBe(true);
  // The anchor is no chart link: nothing is opened above the page.
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('hovering a mark shows a tooltip with value, period, series and source', async ({ page }) => {
  await page.goto('/');
  const svg = page.locator('figure').nth(1).getByRole('img');
  const box = (await svg.boundingBox())!;
  // The last GACC point (2023) sits at the right edge of the plot, near the top.
  await page.mouse.move(box.x + box.width - 17, box.y + box.height * 0.1);
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText('2023');
  await expect(tip).toContainText('$240.1 bn');
  await expect(tip).toContainText('GACC via Reuters');
});

test('at 360 px wide nothing overflows sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/');
  await page.locator('figure svg').first().waitFor();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('print shows every chart with its sources and hides the controls', async ({ page }) => {
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('figure')).toHaveCount(2);
  await expect(page.locator('figure figcaption').first()).toBeVisible();
  await expect(page.locator('figure details').first()).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
