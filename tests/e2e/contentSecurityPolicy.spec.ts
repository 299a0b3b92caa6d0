import { expect, test } from '@playwright/test';

test('the dashboard’s CSP blocks an injected inline script and allows everything it does itself', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/.test(m.text())) violations.push(m.text());
  });
  await page.goto('/');
  await page.locator('figure svg').first().waitFor();
  await page
    .getByLabel(/CSV/)
    .first()
    .setInputFiles('tests/fixtures/real/datahub/datasets-gdp_top-economies.csv');
  await expect(page.locator('section[aria-label^="Imported"] figure svg').first()).toBeVisible();
  expect(violations).toEqual([]);

  const blocked = await page.evaluate(
    () =>
      new Promise<{ ran: boolean; directive: string }>((done) => {
        document.addEventListener('securitypolicyviolation', (e) =>
          done({ ran: 'injected' in window, directive: e.effectiveDirective }),
        );
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.body.append(script);
      }),
  );
  expect(blocked).toEqual({ ran: false, directive: 'script-src-elem' });
});
