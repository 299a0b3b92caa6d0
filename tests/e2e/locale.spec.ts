import { expect, test } from '@playwright/test';

const CSV = 'year,exports\n2019,1234.5\n2020,2345.25\n2021,3456.125\n';

for (const { locale, cell } of [
  { locale: 'de-DE', cell: '1.234,5' },
  { locale: 'fr-FR', cell: '1 234,5' },
  { locale: 'en', cell: '1,234.5' },
])
  test(`an embed with locale=${locale} writes its table and axis as a reader of ${locale} does`, async ({
    page,
    baseURL,
  }) => {
    const src = new URL('/locale-test.csv', baseURL).href;
    await page.route(src, (route) => route.fulfill({ contentType: 'text/csv', body: CSV }));
    const hash = `v=1&src=${encodeURIComponent(src)}&type=line&locale=${locale}`;
    await page.goto(`/embed.html#${hash}`);
    const figure = page.locator('figure').first();
    await expect(figure.locator('svg')).toBeVisible();
    await figure.locator('details summary').click();
    const cells = await figure.locator('table td').allInnerTexts();
    expect(cells.map((c) => c.replace(/[\u00a0\u202f]/g, ' '))).toContain(cell);
    // The axis writes a count in the thousands whole, its digits grouped as the reader groups them.
    const ticks = await figure
      .locator('svg text')
      .evaluateAll((texts) => texts.map((t) => t.textContent));
    expect(ticks).toContain(new Intl.NumberFormat(locale).format(1500));
  });

test('<trade-chart locale="de-DE"> writes its numbers as a German reader does', async ({
  page,
}) => {
  await page.goto('/embed.html#v=1&dataset=release&type=column');
  await page.evaluate(async () => {
    await import(new URL('trade-chart.js', location.href).href);
    document.body.insertAdjacentHTML(
      'beforeend',
      '<trade-chart dataset="china-russia-annual" locale="de-DE"></trade-chart>',
    );
  });
  const figure = page.locator('trade-chart figure');
  await expect(figure.locator('svg')).toBeVisible();
  await figure.locator('details summary').click();
  await expect(figure.locator('table')).toContainText('190,271');
});
