import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu','--no-sandbox'] });
const urls = process.argv.slice(2);
const res = Object.fromEntries(urls.map((u) => [u, []]));
for (let run = 0; run < 5; run++) for (const u of urls) {
  const p = await b.newPage({ viewport: { width: 412, height: 823 } });
  const cdp = await p.context().newCDPSession(p);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await p.addInitScript(() => { window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push(e.duration); }).observe({ type: 'longtask', buffered: true }); });
  await p.goto(u, { waitUntil: 'load' }); await p.waitForTimeout(2500);
  const lt = await p.evaluate(() => window.__lt);
  res[u].push({ tbt: Math.round(lt.reduce((s, d) => s + Math.max(0, d - 50), 0)), max: Math.round(Math.max(0, ...lt)), n: lt.length });
  await p.close();
}
for (const u of urls) { const t = res[u].map((r) => r.tbt).sort((a, b) => a - b); console.log(u, 'median TBT', t[2], JSON.stringify(res[u])); }
await b.close();
