import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against the built site (`npm run build` first) served by `astro preview`,
 * in the system's Chromium: Playwright cannot download its own browsers here.
 */
const PORT = Number(process.env.E2E_PORT ?? 4329);
// One id per run, inherited by the workers: the a11y sweep's shards use it to find each other's results.
process.env.E2E_RUN_ID ??= String(Date.now());
const EDITOR_SPECS = /\/editor(-checks)?\.spec\.ts$/;

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'desktop', testIgnore: [/\.phone\.spec\.ts$/, EDITOR_SPECS], use: { ...devices['Desktop Chrome'] } },
    // The editor specs each start decap-server on the one port the admin was built for (DECAP_PORT): one at a time.
    { name: 'editor', testMatch: EDITOR_SPECS, workers: 1, use: { ...devices['Desktop Chrome'] } },
    { name: 'phone', testMatch: /\.phone\.spec\.ts$/, use: { ...devices['Pixel 5'], viewport: { width: 360, height: 740 } } },
  ],
  webServer: {
    command: `astro preview --port ${PORT} --host 127.0.0.1`,
    cwd: '..',
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
