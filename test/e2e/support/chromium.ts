/**
 * How we start Debian's Chromium for end-to-end tests, screenshots and benchmarks:
 * no browser download (playwright-core), and no background network traffic,
 * which this machine refuses.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
