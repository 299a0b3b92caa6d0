import type { Page } from '@playwright/test';

/**
 * Holds back the dashboard's code, as a slow network would, so a reader's gesture comes before
 * the page is live; returns what lets the code arrive.
 */
export async function holdPageCode(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const arrived = new Promise<void>((done) => (release = done));
  await page.route('**/assets/startDashboard-*.js', async (route) => {
    await arrived;
    await route.continue();
  });
  return release;
}
