import { expect, test } from '@playwright/test';
import Papa from 'papaparse';

/**
 * Facts have a date (issue 21): measures whose scheduled change passed with no source since are
 * `unconfirmed`, in the API, the CSV and on the page; every dataset says how current its series are.
 */

// The October 2025 Chinese package (MOFCOM/GAC 55-58, 61, 62), the US Affiliates rule and Article 2 of Announcement No. 46.
const LAPSED = ['076', '101', '102', '103', '104', '105', '075', '058'];
const DAY = '2026-12-04';

interface MeasureRow {
  id: string;
  status_on: string;
  status_on_date: string;
  status_confirmed: string;
  status_change: string;
}

test('in_force keeps the lapsed measures, marked unconfirmed with the scheduled change named', async ({ request }) => {
  const body = await (await request.get(`/api/datasets/export-controls?in_force=${DAY}`)).json();
  const byId = new Map<string, MeasureRow>(body.rows.map((r: MeasureRow) => [r.id, r]));
  for (const id of LAPSED) {
    const row = byId.get(id);
    expect(row, `measure ${id} is kept by in_force=${DAY}`).toBeDefined();
    expect(row!.status_on).toBe('unconfirmed');
    expect(row!.status_confirmed).toBe('false');
    expect(row!.status_on_date).toBe(DAY);
  }
  expect(byId.get('076')!.status_change).toBe('suspension scheduled to end 2026-11-10; no source since 2025-11-08 (last confirmed: suspended)');
  expect(byId.get('075')!.status_change).toMatch(/^suspension scheduled to end 2026-11-09; no source since 2025-11-12/);
  expect(byId.get('058')!.status_change).toMatch(/^suspension scheduled to end 2026-11-27; no source since/);
  // Inside the suspensions the same measures are confirmed suspended, so in_force leaves them out.
  const during = await (await request.get('/api/datasets/export-controls?in_force=2026-06-01')).json();
  const duringIds = during.rows.map((r: MeasureRow) => r.id);
  for (const id of LAPSED) expect(duringIds).not.toContain(id);
  // Measures with no scheduled change pending stay confirmed.
  expect(body.rows.filter((r: MeasureRow) => !LAPSED.includes(r.id)).some((r: MeasureRow) => r.status_on === 'in force' && r.status_confirmed === 'true')).toBe(true);
});

test('the filtered CSV carries the same status columns as the API', async ({ request }) => {
  const res = await request.get(`/api/datasets/export-controls/csv?country=China&in_force=${DAY}`);
  expect(res.ok()).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(await res.text(), { header: true, skipEmptyLines: true });
  expect(parsed.meta.fields).toEqual(expect.arrayContaining(['status_on', 'status_on_date', 'status_confirmed', 'status_change', 'status_change_date', 'latest_source_published']));
  const row = parsed.data.find((r) => r.id === '104');
  expect(row?.status_on).toBe('unconfirmed');
  expect(row?.status_change_date).toBe('2026-11-11');
  expect(row?.latest_source_published).toBe('2025-11-08');
});

test('every dataset has currency; the 5G series is overdue and the talent series are not', async ({ request }) => {
  const { datasets } = await (await request.get('/api/datasets')).json();
  for (const d of datasets) {
    expect(Array.isArray(d.currency) && d.currency.length > 0, `${d.id} has currency`).toBe(true);
    for (const c of d.currency) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['series', 'cadence', 'latestPeriod', 'latestSourcePublished', 'nextExpected', 'overdue']));
      expect(['monthly', 'quarterly', 'annual', 'irregular', 'ended']).toContain(c.cadence);
      if (c.cadence === 'ended') expect(c.nextExpected).toBeNull();
    }
  }
  const infra = datasets.find((d: { id: string }) => d.id === 'new-infrastructure');
  const fiveG = infra.currency.find((c: { series: string }) => c.series === '5g_base_stations');
  expect(fiveG).toMatchObject({ cadence: 'monthly', latestPeriod: '2025', overdue: true });
  const talent = datasets.find((d: { id: string }) => d.id === 'talent');
  expect(talent.currency.some((c: { overdue: boolean }) => c.overdue)).toBe(false);
  expect(talent.currency.find((c: { series: string }) => c.series === 'origin_share')).toMatchObject({ cadence: 'ended', nextExpected: null, overdue: false });
});

test('the measures page marks the lapsed measures unconfirmed and draws them in their own style', async ({ page }) => {
  await page.goto('/datasets/export-controls?country=China');
  const item = page.locator('[data-testid="measure-list"] li[data-id="076"]');
  await expect(item).toHaveAttribute('data-status', 'unconfirmed');
  await expect(item.getByTestId('unconfirmed-note')).toContainText('suspension scheduled to end 2026-11-10; no source since 2025-11-08');
  await expect(item.locator('rect[data-kind="unconfirmed"]')).toHaveCount(1);
  await expect(item.locator('rect[data-kind="unconfirmed"]')).toHaveAttribute('stroke-dasharray', '2 2');
  // A confirmed measure has no unconfirmed stretch.
  const confirmed = page.locator('[data-testid="measure-list"] li:not([data-status="unconfirmed"])').first();
  await expect(confirmed.locator('rect[data-kind="unconfirmed"]')).toHaveCount(0);
});

test('dataset pages say beside "Last updated" which series are due newer figures', async ({ page }) => {
  await page.goto('/datasets/new-infrastructure');
  const note = page.getByTestId('last-updated').getByTestId('currency');
  await expect(note).toContainText('newer figures are due');
  await expect(note.locator('[data-series="5g_base_stations"]')).toContainText('monthly');
  await page.goto('/datasets/talent');
  const talent = page.getByTestId('last-updated').getByTestId('currency');
  await expect(talent).toContainText('no newer figures are due');
  await expect(talent).toContainText('MacroPolo has ceased operations');
});

test('a claim whose verdict uses a series due newer figures says the verdict may be out of date', async ({ request, page }) => {
  const { datasets } = await (await request.get('/api/datasets')).json();
  const overdue = new Map<string, Set<string>>(datasets.map((d: { id: string; currency: Array<{ series: string; overdue: boolean }> }) => [d.id, new Set(d.currency.filter((c) => c.overdue).map((c) => c.series))]));
  const { claims } = await (await request.get('/api/claims')).json();
  const stale = claims.find((c: { evaluation: { rows: Array<{ dataset: string; row: Record<string, unknown> }> } }) =>
    c.evaluation.rows.some((r) => r.dataset !== 'export-controls' && Object.values(r.row).some((v) => overdue.get(r.dataset)?.has(String(v)))),
  );
  expect(stale, 'some claim uses a row of an overdue series').toBeDefined();
  await page.goto(`/claims/${stale.id}`);
  await expect(page.getByTestId('verdict-currency')).toContainText('Newer figures are due: verdict may be out of date.');
});
