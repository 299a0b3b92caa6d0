// Browser tests run in Debian's Chromium. Installs it when missing and running as root;
// otherwise says how, and fails.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROME_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (!root) {
  console.error(
    `error: Chromium not found at ${path}. Install it (Debian: sudo apt-get install -y chromium) ` +
      'or set CHROME_PATH to a Chromium or Chrome binary, then run npm test again.',
  );
  process.exit(1);
}
console.log('Chromium is missing: installing Debian’s chromium with apt-get (about a minute)…');
try {
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
} catch {
  console.error(
    'error: apt-get could not install chromium; install it by hand or set CHROME_PATH.',
  );
  process.exit(1);
}
if (!existsSync(path)) {
  console.error(`error: chromium was installed but is not at ${path}; set CHROME_PATH.`);
  process.exit(1);
}
