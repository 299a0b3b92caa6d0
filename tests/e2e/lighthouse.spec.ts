import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';

/** A port no one holds, for Chromium's DevTools endpoint (Lighthouse drives the browser by it). */
function freePort(): number {
  const probe =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }));
}

// Lighthouse's mobile run (a phone's screen, touch) takes 15–25 s on a loaded machine.
test.setTimeout(120_000);

for (const scheme of ['light', 'dark'] as const) {
  test(`Lighthouse accessibility is 100 on the dashboard in ${scheme} mode`, async ({
    baseURL,
    browserName,
  }) => {
    test.skip(browserName !== 'chromium', 'Lighthouse drives Chromium');
    const port = freePort();
    const browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-dev-shm-usage',
        `--remote-debugging-port=${port}`,
        // Blink's preferred colour scheme: 0 is dark, 1 is light (what prefers-color-scheme reads).
        `--blink-settings=preferredColorScheme=${scheme === 'dark' ? 0 : 1}`,
      ],
    });
    try {
      // The scheme the page sees is the one asked for (no emulation: as Lighthouse's tab sees it).
      const probe = await browser.newPage({ colorScheme: null });
      await probe.goto(baseURL!);
      const dark = await probe.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
      expect(dark).toBe(scheme === 'dark');
      await probe.close();

      const result = await lighthouse(baseURL!, {
        port,
        onlyCategories: ['accessibility'],
        formFactor: 'mobile',
        output: 'json',
        logLevel: 'error',
      });
      const lhr = result!.lhr;
      const failing = Object.values(lhr.audits)
        .filter((a) => a.scoreDisplayMode === 'binary' && a.score === 0)
        .map((a) => `${a.id}: ${a.title}`);
      expect(failing).toEqual([]);
      expect(lhr.categories.accessibility.score).toBe(1);
    } finally {
      await browser.close();
    }
  });
}
