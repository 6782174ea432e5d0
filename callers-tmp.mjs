import { chromium } from '@playwright/test';
const [url, ...targets] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu','--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 412, height: 823 } });
const cdp = await p.context().newCDPSession(p);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await p.goto(url, { waitUntil: 'load' }); await p.waitForTimeout(2500);
const { profile } = await cdp.send('Profiler.stop');
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map(); profile.samples.forEach((s, i) => self.set(s, (self.get(s) ?? 0) + profile.timeDeltas[i]));
const key = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.columnNumber}`;
for (const t of targets) {
  const stacks = new Map();
  for (const [id, time] of self) {
    let x = id, chain = [], hit = false;
    while (x !== undefined) { const k = key(nodes.get(x)); if (k.startsWith(t)) hit = true; if (hit) chain.push(k); x = parent.get(x); }
    if (!hit) continue;
    const s = chain.slice(0, 12).join(' < ');
    stacks.set(s, (stacks.get(s) ?? 0) + time);
  }
  console.log('== ' + t);
  for (const [s, v] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 5)) console.log(Math.round(v / 1000) + 'ms', s);
}
await b.close();
