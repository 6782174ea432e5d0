import { defineConfig, devices } from '@playwright/test';
import path from 'node:path';

/** E2E_PORT lets two suites run side by side; the bad-data server takes the next port. */
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BAD_DATA_PORT = PORT + 1;
/** A copy of data/ that the bad-data tests corrupt; the second server reads it. */
export const BAD_DATA_DIR = path.join(__dirname, 'test-results', `bad-data-${PORT}`);

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-sandbox'],
  },
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  // Web-first assertions wait for data fetched under load (the hostile and axe suites share the server).
  expect: { timeout: 15_000 },
  forbidOnly: true,
  reporter: [['list']],
  outputDir: `test-results/artifacts-${PORT}`,
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: 'off', acceptDownloads: true },
  projects: [{ name: 'chromium', use: chromium }],
  webServer: [
    {
      command: `node server.mjs -H 127.0.0.1 -p ${PORT}`,
      url: `http://127.0.0.1:${PORT}/api/datasets`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: '1' },
    },
    {
      command: `node server.mjs -H 127.0.0.1 -p ${BAD_DATA_PORT}`,
      url: `http://127.0.0.1:${BAD_DATA_PORT}/api/datasets`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: '1', DATA_DIR: BAD_DATA_DIR },
    },
  ],
});
