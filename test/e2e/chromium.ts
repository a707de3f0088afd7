// Headless Chromium for the browser tests: Debian's /usr/bin/chromium in CI, or the Chrome / Edge a
// developer already has (Windows always has Edge), so `npm test` needs no browser download. Where to look
// is scripts/system-deps.mjs's rule, shared with the test run's setup and CI.
import { chromium, type Browser } from 'playwright-core';
import { findChromium } from '../../scripts/system-deps.mjs';

/** The Chromium-family browser found on this machine (CHROMIUM_PATH, the PATH, the usual places). */
export function chromiumPath(): string {
  const found = findChromium();
  if (!found) {
    throw new Error('No Chromium, Chrome or Edge found for the browser tests: install one (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
  }
  return found;
}

/** Starts it as this machine allows: no sandbox as root, no background networking (the closed network
 * refuses those connections). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}
