import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu','--no-sandbox'] });
for (let run = 0; run < 3; run++) {
const p = await b.newPage({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
const cdp = await p.context().newCDPSession(p);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await p.addInitScript(() => { window.__shifts = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push({ v: e.value, t: e.startTime, src: (e.sources || []).map((s) => (s.node ? s.node.nodeName + '.' + (s.node.className || '') + '#' + (s.node.id || '') + ' ' + (s.node.textContent || '').slice(0, 40) : '?') + JSON.stringify([s.previousRect.y, s.previousRect.height, s.currentRect.y, s.currentRect.height])) }); }).observe({ type: 'layout-shift', buffered: true }); });
await p.goto(process.argv[2], { waitUntil: 'load' }); await p.waitForTimeout(3000);
console.log(JSON.stringify(await p.evaluate(() => window.__shifts), null, 0));
await p.close();
}
await b.close();
