import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu','--no-sandbox','--disable-background-networking'] });
const p = await b.newPage({ viewport: { width: 1280, height: 1200 } });
p.on('console', m => console.log('console', m.type(), m.text()));
p.on('request', r => r.url().includes('_rsc') || r.url().includes('/api/') ? console.log('req', r.url()) : null);
await p.goto('http://127.0.0.1:3000/datasets/talent', { waitUntil: 'networkidle' });
await p.getByRole('combobox', { name: 'Search countries' }).fill('Chi');
await p.getByRole('option', { name: 'China' }).click();
await p.waitForTimeout(800);
await p.getByRole('button', { name: 'United States' }).click();
await p.waitForTimeout(800);
console.log('before back', await p.getByTestId('data-table').locator('tbody tr').count(), p.url());
await p.goBack();
for (const t of [50, 300, 1000]) { await p.waitForTimeout(t); console.log('after back', t, p.url(), await p.getByTestId('data-table').locator('tbody tr').count(), await p.locator('main').innerText().then(s => s.slice(0, 0))); }
await p.screenshot({ path: '/tmp/back.png' });
await b.close();
