import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

type Csv = Record<string, string>;
const read = (file: string) => Papa.parse<Csv>(readFileSync(`data/${file}`, 'utf8'), { header: true, skipEmptyLines: true }).data;
const measures = read('export-controls.csv');
const infra = read('new-infrastructure.csv');

const FIVE_G = '/datasets/new-infrastructure?series=5g_base_stations';
const usChipRules = measures.filter((m) => m.country === 'United States' && m.category === 'chips and equipment');
/** The years the 5G chart covers, from the data. */
const fiveG = infra.filter((r) => r.series === '5g_base_stations');
const firstYear = Math.min(...fiveG.map((r) => Number(r.period.slice(0, 4))));
const lastYear = Math.max(...fiveG.map((r) => Number(r.period.slice(0, 4))));
const onChart = (m: Csv) => Number(m.date.slice(0, 4)) >= firstYear && Number(m.date.slice(0, 4)) <= lastYear;
/** Whether the HTML holds a string, without printing the whole page when it does not. */
const has = (html: string, s: string) => expect(html.includes(s), `page should contain ${s}`).toBe(true);
const hasNot = (html: string, s: string) => expect(html.includes(s), `page should not contain ${s}`).toBe(false);

test('the server HTML lists the events the URL asks for, with date, actor and status, and none for events=none', async ({ request }) => {
  const html = await (await request.get(`${FIVE_G}&events=United%20States&event_category=chips%20and%20equipment`)).text();
  const expected = usChipRules.filter(onChart);
  expect(expected.length).toBeGreaterThan(3);
  for (const m of expected) has(html, `<li id="chart-new-infrastructure-event-${m.id}" value=`);
  // Measures outside the chart's years, or of other actors or categories, are not listed.
  for (const m of usChipRules.filter((m) => !onChart(m))) hasNot(html, `<li id="chart-new-infrastructure-event-${m.id}"`);
  const chinese = measures.find((m) => m.country === 'China' && onChart(m))!;
  hasNot(html, `data-event="${chinese.id}"`);
  has(html, 'October 2022 controls on advanced computing and chipmaking');
  has(html, 'Timing is not causation');

  const none = await (await request.get(`${FIVE_G}&events=none`)).text();
  hasNot(none, 'data-testid="event-list"');
  hasNot(none, 'data-mark="event"');
  const plain = await (await request.get(FIVE_G)).text();
  hasNot(plain, 'data-mark="event"');
});

test('before and after values come from the rows on either side of the October 2022 rule', async ({ page }) => {
  const oct22 = measures.find((m) => m.title.startsWith('October 2022 controls'))!;
  await page.goto(`${FIVE_G}&events=United%20States&event_category=chips%20and%20equipment&country=China`);
  const row = page.locator(`table[data-testid="before-after"] tr[data-event="${oct22.id}"]`).first();
  const china = fiveG.filter((r) => r.country === 'China');
  const byPeriod = (p: string) => china.find((r) => r.period === p)!;
  // October 2022: the last period ending before it is 2021 (or a 2022 month before October), the first after is 2022-09 or 2022.
  const ends = (p: string) => (p.length === 4 ? `${p}-12-31` : `${p}-28`);
  const before = [...china].filter((r) => ends(r.period) < oct22.date).sort((a, b) => ends(a.period).localeCompare(ends(b.period))).at(-1)!;
  const after = [...china].filter((r) => ends(r.period) >= oct22.date).sort((a, b) => ends(a.period).localeCompare(ends(b.period)))[0];
  await expect(row.getByTestId('before')).toHaveText(`${Number(byPeriod(before.period).value).toLocaleString('en-US')} (${before.period})`);
  await expect(row.getByTestId('after')).toHaveText(`${Number(after.value).toLocaleString('en-US')} (${after.period})`);
});

test('a suspension draws as a shaded range, and the marker links to the event in the list', async ({ page }) => {
  const suspended = measures.find((m) => m.country === 'China' && m.suspended_from && onChart(m))!;
  await page.goto(`${FIVE_G}&events=China`);
  const chart = page.getByTestId('chart').first();
  await expect(chart.locator(`[data-mark="suspension"][data-event="${suspended.id}"]`).first()).toBeVisible();
  const band = await chart.locator(`svg:visible [data-mark="suspension"][data-event="${suspended.id}"]`).first().boundingBox();
  expect(band!.width).toBeGreaterThan(10);
  const marker = chart.locator(`svg:visible [data-mark="event"][data-event="${suspended.id}"]`).first();
  // Markers are links: focus says which event it is, and Enter reaches its entry in the list.
  await marker.focus();
  await expect(page.getByTestId('event-focus')).toContainText(`${suspended.date}: ${suspended.title}`);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#chart-new-infrastructure-event-${suspended.id}$`));
  await expect(page.locator(`li[data-event="${suspended.id}"]`)).toContainText(`suspended ${suspended.suspended_from}`);
});

test('choosing events keeps the filter in the URL, and a reload shows the same events', async ({ page }) => {
  await page.goto(`${FIVE_G}&country=China`);
  await expect(page.locator('.explorer[data-ready]')).toBeVisible();
  await page.locator('select[name="events"]').selectOption('United States');
  await page.locator('select[name="event_category"]').selectOption('chips and equipment');
  await page.getByRole('button', { name: 'Show events' }).click();
  await expect(page).toHaveURL(/events=United\+States|events=United%20States/);
  expect(page.url()).toContain('country=China');
  expect(page.url()).toContain('series=5g_base_stations');
  // The new view replaces the old one: one list of events on screen, naming the rule. (The router may
  // keep the previous page hidden for back/forward, so only visible lists count.)
  const shown = page.getByTestId('event-list').filter({ visible: true });
  await expect(shown).toHaveCount(1);
  await expect(shown).toContainText('October 2022 controls');
  await page.reload();
  await expect(shown).toContainText('October 2022 controls');
});

test('an unknown actor gets a clear error naming the parameter, and the data API refuses events', async ({ request }) => {
  const html = await (await request.get(`${FIVE_G}&events=Atlantis`)).text();
  has(html, 'This link asks for policy events we cannot show');
  has(html, '&quot;Atlantis&quot; is not an actor');
  const api = await request.get('/api/datasets/new-infrastructure?events=China');
  expect(api.status()).toBe(400);
  expect((await api.json()).error.param).toBe('events');
});

test('a claim page marks the measures its claim names by default', async ({ request }) => {
  const html = await (await request.get('/claims/enforce-act')).text();
  const bill = measures.find((m) => m.citation === 'H.R. 8315')!;
  has(html, `data-event="${bill.id}"`);
  const off = await (await request.get('/claims/enforce-act?events=none')).text();
  hasNot(off, 'data-testid="event-list"');
});

test('a measure with two definitions is drawn as small multiples, never on one axis', async ({ request }) => {
  const html = await (await request.get('/datasets/talent?measure=elite_work_share')).text();
  has(html, 'data-testid="small-multiples"');
  has(html, 'never share an axis');
});
