import { expect, test, type APIRequestContext } from '@playwright/test';
import { openTable } from './table';

/**
 * Every kind of response carries the security headers set in next.config.js: a same-origin
 * Content-Security-Policy without eval and with frame-ancestors, nosniff, a Referrer-Policy, and
 * no X-Powered-By.
 */

/** Source expressions that name no other origin. */
const KEYWORD = /^'(self|none|unsafe-inline|unsafe-hashes|strict-dynamic|report-sample|wasm-unsafe-eval|nonce-[A-Za-z0-9+/=_-]+|sha(256|384|512)-[A-Za-z0-9+/=_-]+)'$/;
const SAME_ORIGIN_SCHEMES = new Set(['data:', 'blob:']);
/** Directives whose values are not sources. */
const NOT_SOURCES = new Set(['report-uri', 'report-to', 'sandbox', 'upgrade-insecure-requests', 'block-all-mixed-content', 'require-trusted-types-for', 'trusted-types']);
const REFERRER_POLICIES = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin', 'origin', 'origin-when-cross-origin'];

/** Every rule a response's headers must keep; returns what they break. */
function headerProblems(headers: Record<string, string>): string[] {
  const problems: string[] = [];
  const csp = headers['content-security-policy'];
  if (!csp) problems.push('no Content-Security-Policy');
  else {
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((parts) => parts[0] !== '')
        .map(([name, ...sources]) => [name.toLowerCase(), sources] as const),
    );
    for (const [name, sources] of directives) {
      if (NOT_SOURCES.has(name)) continue;
      for (const source of sources) {
        if (source === "'unsafe-eval'") problems.push(`${name} allows 'unsafe-eval'`);
        else if (!KEYWORD.test(source) && !SAME_ORIGIN_SCHEMES.has(source)) problems.push(`${name} allows "${source}", another origin`);
      }
    }
    const ancestors = directives.get('frame-ancestors');
    if (!ancestors) problems.push('CSP has no frame-ancestors');
    else if (!ancestors.every((s) => s === "'none'" || s === "'self'")) problems.push(`frame-ancestors ${ancestors.join(' ')} lets other sites frame the page`);
    if (!directives.has('default-src')) problems.push('CSP has no default-src fallback');
  }
  if (headers['x-content-type-options'] !== 'nosniff') problems.push(`X-Content-Type-Options is "${headers['x-content-type-options']}"`);
  const referrer = headers['referrer-policy'];
  if (!referrer || !REFERRER_POLICIES.includes(referrer)) problems.push(`Referrer-Policy is "${referrer}"`);
  if ('x-powered-by' in headers) problems.push(`X-Powered-By: ${headers['x-powered-by']}`);
  return problems;
}

async function expectSecureHeaders(request: APIRequestContext, url: string, expectedStatus: number, expectedType: string) {
  const res = await request.get(url, { maxRedirects: 0 });
  expect(res.status(), url).toBe(expectedStatus);
  expect(res.headers()['content-type'], url).toContain(expectedType);
  expect(headerProblems(res.headers()), `${url} headers: ${JSON.stringify(res.headers(), null, 1)}`).toEqual([]);
}

test('pages, API answers, downloads, errors and the package carry the security headers', async ({ request }) => {
  await expectSecureHeaders(request, '/', 200, 'text/html');
  await expectSecureHeaders(request, '/datasets/talent', 200, 'text/html');
  await expectSecureHeaders(request, '/api/datasets', 200, 'application/json');
  await expectSecureHeaders(request, '/api/datasets/talent?country=China', 200, 'application/json');
  await expectSecureHeaders(request, '/api/datasets/talent/csv', 200, 'text/csv');
  await expectSecureHeaders(request, '/api/datasets/talent/csv?country=China', 200, 'text/csv');
  await expectSecureHeaders(request, '/datapackage.json', 200, 'application/json');
  await expectSecureHeaders(request, '/api/datapackage', 200, 'application/json');
  await expectSecureHeaders(request, '/api/datasets/talent?from=twenty', 400, 'application/json');
  await expectSecureHeaders(request, '/api/datasets/no-such-dataset', 404, 'application/json');
  await expectSecureHeaders(request, '/api/no/such/route', 404, 'application/json');
  await expectSecureHeaders(request, '/no/such/page', 404, 'text/html');
  await expectSecureHeaders(request, '/datasets/no-such-dataset', 404, 'text/html');
  // Malformed percent-encoding is answered by server.mjs before Next.js sees the request.
  await expectSecureHeaders(request, '/api/datasets/%zz', 400, 'application/json');
  await expectSecureHeaders(request, '/datasets/%zz', 400, 'text/plain');
});

test('the static scripts and styles the page loads carry the security headers too', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const assets = [...new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]))];
  expect(assets.length, 'the page loads scripts from /_next/static/').toBeGreaterThan(0);
  const script = assets.find((a) => a.endsWith('.js'))!;
  await expectSecureHeaders(request, script, 200, 'javascript');
  const style = assets.find((a) => a.endsWith('.css'));
  if (style) await expectSecureHeaders(request, style, 200, 'text/css');
});

test('the policy is strict without breaking the pages: no CSP violation while reading and filtering', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(msg.text())) violations.push(msg.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`));
  });

  await page.goto('/');
  await expect(page.getByTestId('claim-card').first()).toBeVisible();
  await page.goto('/datasets/talent');
  await openTable(page);
  await expect(page.locator('.explorer[data-ready]')).toBeVisible();
  await page.getByTestId('chart').hover();
  await expect(page.getByTestId('chart').locator('svg.recharts-surface')).toBeVisible();
  // A client-side filter change fetches the API (connect-src) and redraws the chart.
  await page.getByRole('button', { name: 'China', exact: true }).click();
  await expect(page).toHaveURL(/country=China/);
  await expect(page.getByTestId('data-table').locator('caption')).toContainText('China');
  expect(violations, violations.join('\n')).toEqual([]);
});
