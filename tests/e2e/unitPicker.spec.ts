import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** A file that gives no unit: exports of about 2.6 million (of what, it does not say). */
const NAME = 'exports-no-unit.csv';
const CSV = 'year,exports\n2018,2501333.6\n2019,2498548.6\n2020,2598024\n';

test('the unit picker charts a bare measure at the magnitude the author sets, in the embed code too', async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('figure svg').first().waitFor();
  await page
    .getByLabel(/CSV/)
    .first()
    .setInputFiles({ name: NAME, mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  const section = page.locator('section[aria-label^="Imported"]').filter({ hasText: NAME });
  const figure = section.locator('figure');
  await expect(figure.getByRole('img')).toBeVisible();

  await section.getByRole('button', { name: 'Edit', exact: true }).click();
  const editor = section.getByRole('region', { name: 'Edit the chart' });
  await editor.getByLabel('Unit and scale of the values').selectOption('US$ million');
  await expect(figure.getByRole('img')).toContainText('US$ tn');
  await expect(figure).toContainText(
    'Values in US$ million, as set for this chart (the file did not say).',
  );
  expect(
    (await new AxeBuilder({ page }).include('section[aria-label^="Imported"]').analyze())
      .violations,
  ).toEqual([]);

  await section.getByRole('button', { name: 'Embed' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
  await dialog.getByLabel(/Address \(URL\)/).fill('https://data.example/exports.csv');
  expect(await dialog.getByLabel('Iframe embed code').inputValue()).toContain(
    'valueunit=US%24%20million',
  );
  expect(await dialog.getByLabel('Web component code').inputValue()).toContain(
    'valueunit="US$ million"',
  );
});
