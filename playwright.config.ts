// Web-mode e2e in Debian's Chromium (Playwright's own browsers cannot be downloaded here).
// Each test starts its own server on its own database (e2e/fixtures.ts). `npm run test:e2e`
// (scripts/test.mjs) builds what is stale first and reads the JSON report for its summary line.
// e2e/electron.spec.ts (another host) can live beside the web specs.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  testMatch: /.*\.spec\.ts$/,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'ko-KR',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
