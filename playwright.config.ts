import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';

/**
 * A port no other server holds (`npm start`'s 4173 may be running), asked of the system once and
 * kept in the environment, so Playwright's workers, which load this file again, use the same.
 * E2E_PORT overrides it, for running several checkouts or builds side by side.
 */
function freePort(): number {
  const probe =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }));
}
process.env.E2E_PORT ??= String(freePort());
const PORT = Number(process.env.E2E_PORT);
const DIST = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  // A loaded two-core machine can take a few seconds to draw; waits are limits, not timings.
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // One more try on CI, where a shared two-core machine now and then stalls a browser; the list
  // reporter still names any test that needed it ("flaky"), so a real regression shows.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    // A stalled click or load fails at its own step, naming it, rather than at the test's limit.
    actionTimeout: 15_000,
    navigationTimeout: 20_000,
    // The offline worker fills its cache with the whole build on every first visit, which loads
    // the server and the browser beside what a test measures; offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      // No sandbox (root in CI); no background networking (the machine has no internet).
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--disable-dev-shm-usage',
      ],
    },
  },
  // dist/ is served at / and under /sub/path/, as a static host would.
  webServer: {
    command: `node scripts/serve.mjs ${DIST} ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    // Never someone else's server: the port is free, or was given for this run.
    reuseExistingServer: !!process.env.E2E_REUSE,
    timeout: 20_000,
  },
});
