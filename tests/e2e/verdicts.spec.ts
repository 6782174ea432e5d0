import { expect, test } from './fixtures';

interface PillarJson {
  id: string;
  statement: string;
  status: string;
}
interface EvaluationJson {
  verdict: string;
  pillars: PillarJson[];
  sourcing: { strength: string; label: string };
}
interface ClaimJson {
  id: string;
  evaluation: EvaluationJson;
  asOfPaper: EvaluationJson;
}

test('the API gives each verdict its pillars and, beside it, the strength of its sourcing', async ({ request }) => {
  const { claims } = (await (await request.get('/api/claims')).json()) as { claims: ClaimJson[] };
  for (const claim of claims) {
    for (const e of [claim.evaluation, claim.asOfPaper]) {
      expect(['supported', 'partly supported', 'contradicted', 'not verifiable']).toContain(e.verdict);
      expect(e.pillars.length, claim.id).toBeGreaterThan(0);
      expect(['primary', 'secondary', 'mixed', 'none']).toContain(e.sourcing.strength);
      // The sourcing never names a verdict: it sits beside it.
      expect(e.sourcing.label).not.toMatch(/supported|contradicted|verifiable/);
    }
  }
});

test('a claim page lists each pillar with how it was judged, and the sourcing beside the verdict', async ({ page, request }) => {
  const { claims } = (await (await request.get('/api/claims')).json()) as { claims: ClaimJson[] };
  const claim = claims.find((c) => c.evaluation.pillars.length > 1 && c.evaluation.sourcing.strength !== 'none');
  expect(claim, 'a claim with several pillars and evidence').toBeTruthy();
  await page.goto(`/claims/${claim!.id}`);
  const pillars = page.getByTestId('pillars').getByTestId('pillar');
  await expect(pillars).toHaveCount(claim!.evaluation.pillars.length);
  for (const [i, p] of claim!.evaluation.pillars.entries()) {
    await expect(pillars.nth(i)).toContainText(p.statement);
    await expect(pillars.nth(i)).toHaveAttribute('data-status', p.status);
  }
  await expect(page.getByTestId('verdict-sourcing').first()).toHaveText(claim!.evaluation.sourcing.label);
});

test('the home page publishes the verdict rule: four verdicts, and how pillars, horizon, units and sourcing work', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('verdict-rules').locator('dt')).toHaveCount(4);
  const rules = page.getByTestId('pillar-rules');
  await expect(rules).toContainText('latest');
  await expect(rules).toContainText('horizon');
  await expect(rules).toContainText('converted');
  await expect(rules).toContainText('beside the verdict');
});
