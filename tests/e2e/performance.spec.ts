import { expect, type Page, test } from '@playwright/test';
import { contrastViolations } from './contrast';
import { navEntries, openFromNav, screenshot, signIn, signOut, switchLanguage } from './helpers';

/** Opens the dashboard from the navbar and makes sure it shows the 2021 plan (the demo year). */
async function openDashboard2021(page: Page) {
  await openFromNav(page, 'Kinerja');
  await expect(page.getByRole('heading', { name: 'Kinerja', level: 1 })).toBeVisible();
  const year = page.getByTestId('year-select');
  if ((await year.inputValue()) !== '2021') {
    await year.click();
    await page.getByRole('option', { name: '2021', exact: true }).click();
  }
  await expect(page).toHaveURL(/tahun=2021/);
  await expect(page.getByTestId('indicator-tiles').locator('[data-indicator]')).toHaveCount(14);
}

const tile = (page: Page, code: string) => page.locator(`[data-indicator="${code}"]`);

/** WCAG AA text contrast on the screen as it stands (the category colours are the risk). */
async function expectReadable(page: Page) {
  // Measure the screen at rest: the pointer left on the navbar link just clicked would measure its hover state.
  await page.mouse.move(640, 2);
  const unique = new Map((await contrastViolations(page)).map((v) => [`${v.color}|${v.background}|${v.required}`, v]));
  expect([...unique.values()]).toEqual([]);
}

test('the head of bureau reads 2021 on the dashboard in Indonesian and English, opens IKK13 and downloads Table 1', async ({ page }) => {
  await signIn(page, 'kepala@simpul.demo');
  await openDashboard2021(page);

  // The 2021 check, as the report prints it.
  await expect(page.getByTestId('overall-pct')).toHaveText('100,06%');
  await expect(page.getByTestId('overall')).toContainText('Baik');
  await expect(tile(page, 'IKK13')).toContainText('50,00%');
  await expect(tile(page, 'IKK13')).toContainText('Kurang');
  await expect(tile(page, 'IKK13').locator('[data-efficient="false"]')).toHaveText('Tidak efisien');
  await expect(tile(page, 'IKK14')).toContainText('111,11%');
  await expect(tile(page, 'IKK14')).toContainText('Sangat Baik');
  await expect(tile(page, 'IKK1')).toContainText('Rp1.125.469.500');
  await expect(page.getByTestId('efficiency')).toContainText('13 dari 14 indikator efisien');
  await expect(page.getByTestId('efficiency')).toContainText('Tidak efisien: IKK13');
  // IKK13 is the only inefficient tile.
  await expect(page.locator('[data-efficient="false"]')).toHaveCount(1);
  await expect(page.getByTestId('alerts').locator('[data-alert="below_target"]', { hasText: 'IKK13' })).toContainText('50,00%');
  await expectReadable(page);
  await screenshot(page, 'performance-dashboard-id', true);

  // English: labels and number separators change, figures do not.
  await switchLanguage(page, 'EN');
  await expect(page.getByRole('heading', { name: 'Performance', level: 1 })).toBeVisible();
  await expect(page.getByTestId('overall-pct')).toHaveText('100.06%');
  await expect(page.getByTestId('overall')).toContainText('Good');
  await expect(tile(page, 'IKK14')).toContainText('111.11%');
  await expect(tile(page, 'IKK14')).toContainText('Very good');
  await expect(tile(page, 'IKK13').locator('[data-efficient="false"]')).toHaveText('Not efficient');
  await expect(tile(page, 'IKK1')).toContainText('Rp1,125,469,500');
  await expect(page.getByTestId('efficiency')).toContainText('13 of 14 indicators efficient');
  await screenshot(page, 'performance-dashboard-en', true);
  await switchLanguage(page, 'ID');
  await expect(page.getByTestId('overall-pct')).toHaveText('100,06%');

  // A quarter: the address keeps the choice.
  await page.getByTestId('period-control').getByText('TW II', { exact: true }).click();
  await expect(page).toHaveURL(/periode=2/);
  await expect(page.getByRole('heading', { name: /Triwulan II 2021/ })).toBeVisible();
  await page.getByTestId('period-control').getByText('Tahunan', { exact: true }).click();

  // Table 1 is a real workbook for the year shown.
  await expect(page).not.toHaveURL(/periode=/);
  await expect(page.getByTestId('table1-download')).toHaveAttribute('href', '/api/performance/years/2021/table1.xlsx?period=0');
  const href = await page.getByTestId('table1-download').getAttribute('href');
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect((await response.body()).subarray(0, 2).toString()).toBe('PK');

  // IKK13's page: its periods, the evidence link, the chart and the history.
  await tile(page, 'IKK13')
    .getByRole('link', { name: /^IKK13 — / })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('IKK13 — Indeks pengelolaan data dan informasi');
  const year = page.getByTestId('periods-table').locator('tr[data-period="0"]');
  await expect(year).toContainText('2,00');
  await expect(year).toContainText('1,00');
  await expect(year).toContainText('50,00%');
  await expect(year).toContainText('Kurang');
  await expect(year).toContainText('Disetujui');
  await expect(page.getByTestId('definition')).toContainText('Diisi manual dengan bukti dukung');
  await expect(page.getByTestId('evidence').getByRole('link', { name: /pom\.go\.id/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Grafik realisasi dan target IKK13/ })).toBeVisible();
  await expect(page.getByTestId('history')).toContainText('Realisasi: Disetujui');
  // The head approves but does not enter values: no form, and the approved year is frozen.
  await expect(page.getByTestId('realization-form')).toHaveCount(0);
  await expect(page.getByTestId('period-work')).toContainText('sudah disetujui dan dibekukan');
  await expectReadable(page);
  await screenshot(page, 'performance-indicator', true);
});

test('the head drills down from IKK9 to the interview requests it counted, their outcomes in words', async ({ page }) => {
  await signIn(page, 'kepala@simpul.demo');
  await openDashboard2021(page);
  await tile(page, 'IKK9')
    .getByRole('link', { name: /^IKK9 — / })
    .click();
  const records = page.getByTestId('records');
  await expect(records.locator('tbody tr')).toHaveCount(20);
  await expect(page.getByText('1–20 dari 88')).toBeVisible();
  await expect(records).toContainText('Tidak dipenuhi');
  await expect(records).toContainText('Jawaban tertulis');
  await expect(records).not.toContainText('declined');
  await records.scrollIntoViewIfNeeded();
  await screenshot(page, 'performance-records');
});

test('the Humas coordinator enters a quarter with evidence, the server refuses a bad link, and the head approves it', async ({ page }) => {
  await signIn(page, 'koordinator@simpul.demo');
  await openDashboard2021(page);
  await tile(page, 'IKK10')
    .getByRole('link', { name: /^IKK10 — / })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('IKK10');
  const work = page.getByTestId('period-work');
  await work.getByText('TW I', { exact: true }).click();
  const form = page.getByTestId('realization-form');
  await form.getByRole('textbox', { name: /Nilai realisasi/ }).fill('82,5');
  await form.getByRole('textbox', { name: 'Catatan' }).fill('Agenda setting triwulan I dari kalender konten');
  await form.getByRole('textbox', { name: 'Tautan 1' }).fill('bukan tautan');
  await form.getByRole('button', { name: 'Simpan realisasi' }).click();
  await expect(form.getByTestId('form-error')).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Tautan 1' })).toHaveAttribute('aria-invalid', 'true');
  await form.scrollIntoViewIfNeeded();
  await expectReadable(page);
  await screenshot(page, 'performance-realization-form');

  await form.getByRole('textbox', { name: 'Tautan 1' }).fill('https://www.pom.go.id/agenda-tw1');
  await form.getByRole('button', { name: 'Simpan realisasi' }).click();
  await expect(page.getByTestId('periods-table').locator('tr[data-period="1"]')).toContainText('82,50%');
  await expect(page.getByTestId('periods-table').locator('tr[data-period="1"]')).toContainText('Draf');
  await work.getByRole('button', { name: 'Ajukan' }).click();
  await expect(page.getByTestId('periods-table').locator('tr[data-period="1"]')).toContainText('Diajukan');
  const address = page.url();
  await signOut(page);

  await signIn(page, 'kepala@simpul.demo');
  await page.goto(address);
  await expect(page).toHaveURL(/periode=1/);
  await page.getByTestId('period-work').getByRole('button', { name: 'Setujui' }).click();
  await expect(page.getByTestId('periods-table').locator('tr[data-period="1"]')).toContainText('Disetujui');
  await expect(page.getByTestId('period-work')).toContainText('sudah disetujui dan dibekukan');
});

test('the planner opens the plan editor, is refused a negative target, and reads the target advisor', async ({ page }) => {
  await signIn(page, 'perencana@simpul.demo');
  expect(await navEntries(page)).toEqual(expect.arrayContaining(['performance', 'performance-advice', 'performance-plan']));
  await openFromNav(page, 'Rencana kinerja');
  await expect(page.getByRole('heading', { name: 'Rencana kinerja', level: 1 })).toBeVisible();
  const plan = page.getByTestId('plan');
  await expect(plan.locator('[data-goal]')).toHaveCount(9);
  const ikk1 = plan.locator('tr[data-indicator="IKK1"]');
  await expect(ikk1).toContainText('84,00%');
  await expect(ikk1).toContainText('Rp1.125.469.500');
  await expectReadable(page);
  await screenshot(page, 'performance-plan', true);

  // Bad input is refused with the server's sentence under the field, and nothing changes.
  await ikk1.getByRole('button', { name: 'Ubah target IKK1' }).click();
  const dialog = page.getByRole('dialog', { name: 'Target IKK1' });
  await dialog.getByRole('textbox', { name: /Target tahunan/ }).fill('-5');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog.getByText('Target harus lebih besar dari 0.')).toBeVisible();
  await expect(dialog.getByTestId('form-error')).toBeVisible();
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await expect(ikk1).toContainText('84,00%');

  // The indicator dialog offers the measures and the units.
  await ikk1.getByRole('button', { name: 'Ubah definisi IKK1' }).click();
  const edit = page.getByRole('dialog', { name: 'Ubah IKK1' });
  await expect(edit.getByRole('textbox', { name: 'Kode' })).toHaveValue('IKK1');
  await edit.getByRole('button', { name: 'Batal' }).click();

  // IKK3 is computed from a survey, chosen under its measure.
  await plan.locator('tr[data-indicator="IKK3"]').getByRole('button', { name: 'Ubah definisi IKK3' }).click();
  const ikk3 = page.getByRole('dialog', { name: 'Ubah IKK3' });
  await expect(ikk3.getByRole('combobox', { name: 'Survei' })).toHaveValue(/^IKM-MEDIA-2021 — /);
  await ikk3.getByRole('combobox', { name: 'Survei' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'performance-plan-measure-survey');
  await ikk3.getByRole('button', { name: 'Batal' }).click();

  await openFromNav(page, 'Saran target');
  const ikk10 = page.getByTestId('advice-table').locator('tr[data-indicator="IKK10"]');
  await expect(ikk10).toHaveAttribute('data-reason', 'target_too_low');
  await expect(ikk10).toContainText('Target terlalu rendah');
  await expect(ikk10).toContainText('2021: 87,01% (target 80,00%)');
  await expectReadable(page);
  await screenshot(page, 'performance-advice', true);
});

test('a proposing unit has no performance entry and is refused the address', async ({ page }) => {
  await signIn(page, 'unit@simpul.demo');
  const entries = await navEntries(page);
  expect(entries).not.toContain('performance');
  expect(entries).not.toContain('performance-plan');
  await page.goto('/kinerja');
  await expect(page.getByRole('heading', { name: 'Akses ditolak' })).toBeVisible();
});
