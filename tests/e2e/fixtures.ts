import { test as base, expect } from '@playwright/test';

/**
 * `test` that fails on any console error, uncaught page error or failed request in the page,
 * so every browser test also proves the page is clean.
 */
export const test = base.extend<{ cleanPage: void }>({
  cleanPage: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('requestfailed', (req) => {
        const failure = req.failure()?.errorText ?? '';
        // A navigation or download that the page itself replaces is aborted by design.
        if (failure.includes('ERR_ABORTED')) return;
        problems.push(`request failed: ${req.url()} ${failure}`);
      });
      page.on('response', (res) => {
        if (res.status() >= 500) problems.push(`server error ${res.status()}: ${res.url()}`);
      });
      await use();
      expect(problems, problems.join('\n')).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
