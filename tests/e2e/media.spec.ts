import { expect, type Page, test } from '@playwright/test';
import { openFromNav, screenshot, signIn } from './helpers';

/**
 * The media module as a new user meets it (issue 4): a news file with two copies and a bad row,
 * ten items labelled by keyboard, the digest, and an interview request filed on the public form,
 * followed by its code and answered — with IKK9's count moving.
 */

/** Yesterday in Jakarta, `YYYY-MM-DD`: the imported items must not lie in the future. */
function yesterday(): string {
  return new Date(Date.now() + 7 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
}

/** Tomorrow in Jakarta, `YYYY-MM-DD`. */
function tomorrow(): string {
  return new Date(Date.now() + 7 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
}

const STORIES = [
  'BPOM Sita Kosmetik Ilegal di Pasar Tanah Abang',
  'Kepala BPOM Tinjau Gudang Farmasi di Cikarang',
  'BPOM Uji Sampel Jajanan Sekolah di Depok',
  'YLKI Apresiasi BPOM Tarik Suplemen Berbahaya',
  'BPOM Terbitkan Izin Edar Obat Herbal Baru',
  'Pengamat Kritik BPOM Lamban Tangani Iklan Menyesatkan',
  'BPOM Gelar Sosialisasi Keamanan Pangan untuk UMKM',
  // A headline ending in a short clause of its own, as a signature would: its signed copy below is still grouped with it.
  'BPOM dan Polri Bongkar Pabrik Obat Palsu — Omzet Rp2 Miliar',
  'BPOM Imbau Warga Cek Klik Sebelum Membeli Kosmetik',
  'Gubernur Dukung Langkah BPOM Awasi Takjil Ramadan',
];

function newsCsv(badDate: boolean): string {
  const day = yesterday();
  const rows = STORIES.map(
    (title, i) =>
      `${day} ${String(8 + i).padStart(2, '0')}:15,${title},Media Uji ${i % 3},online,https://mediauji${i}.example/berita/${i},`,
  );
  // Two copies: the same page again (tracking parameter), and a story syndicated by another outlet, with its signature.
  rows.push(`${day} 19:00,Salinan dengan tautan sama,Media Uji 9,online,https://mediauji0.example/berita/0?utm_source=wa,`);
  rows.push(`${day} 19:30,${STORIES[7]} - Kabar Lain,Kabar Lain,online,https://kabarlain.example/x,`);
  // The bad row: 31 February does not exist.
  rows.splice(3, 0, `${badDate ? '31/02/2026' : `${day} 07:00`},Berita dengan tanggal ${badDate ? 'salah' : 'benar'},Media Uji 1,cetak,,`);
  return `tanggal terbit,judul,media,jenis media,tautan,tonasi\n${rows.join('\n')}\n`;
}

async function upload(page: Page, csv: string) {
  await page.locator('input[type="file"]').setInputFiles({ name: 'berita.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('mapping')).toBeVisible();
  await page.getByTestId('preview').click();
  await expect(page.getByTestId('import-rows')).toBeVisible();
}

test.describe
  .serial('media relations', () => {
    test('imports a news file: the bad row is named and nothing is written until it is fixed; copies are grouped', async ({ page }) => {
      await signIn(page, 'staf@simpul.demo');
      await page.goto('/humas/berita/impor');
      await upload(page, newsCsv(true));
      const errors = page.getByTestId('import-errors');
      await expect(errors).toContainText('5'); // the header is row 1, the bad row the fourth data row
      await expect(errors).toContainText('tanggal terbit');
      await expect(page.getByTestId('commit')).toBeDisabled();
      await expect(page.getByTestId('import-duplicates')).toContainText('baris 2');
      await screenshot(page, 'media-import-error', true);
      const before = await (await page.request.get('/api/media/news?q=Tanah%20Abang')).json();
      expect(before.total).toBe(0);

      await upload(page, newsCsv(false));
      await expect(page.getByText('Semua baris benar.', { exact: true })).toBeVisible();
      await expect(page.getByTestId('import-duplicates').getByText(/^Baris/)).toHaveCount(2);
      await page.getByTestId('commit').click();
      await expect(page.getByText('13 berita tersimpan.', { exact: true })).toBeVisible();
      await screenshot(page, 'media-import-done');
      const after = await (await page.request.get(`/api/media/news?from=${yesterday()}&duplicates=1`)).json();
      expect(after.total).toBe(13);
      const counted = await (await page.request.get(`/api/media/news?from=${yesterday()}`)).json();
      expect(counted.total).toBe(11);
    });

    test('labels ten items with the keyboard', async ({ page }) => {
      await signIn(page, 'staf@simpul.demo');
      await page.goto('/humas/berita/label');
      const items = page.getByTestId('queue-item');
      await expect(items).toHaveCount(11);
      // The list's filters narrow the queue: one outlet's items (three stories and the corrected row).
      await page.getByRole('combobox', { name: 'Media', exact: true }).click();
      await page.getByRole('option', { name: 'Media Uji 1', exact: true }).click();
      await expect(items).toHaveCount(4);
      await expect(page).toHaveURL(/outletId=/);
      await page.goto('/humas/berita/label');
      await expect(items).toHaveCount(11);
      await screenshot(page, 'media-queue');
      // Move down and back, then label: 1 positive, 2 neutral, 3 negative, Enter the suggestion.
      await page.keyboard.press('j');
      await page.keyboard.press('k');
      // Newest first: the critic's story (STORIES[5]) is the fifth.
      for (const key of ['2', '2', 'Enter', '1', '3', '2', '2', 'Enter', '2', '1']) {
        await page.keyboard.press(key);
      }
      await expect(page.getByTestId('labelled-count')).toHaveText('10 berita diberi tonasi.');
      await expect(items).toHaveCount(1);
      await expect.poll(async () => (await (await page.request.get('/api/media/news/queue')).json()).total).toBe(1);
      const toned = await (await page.request.get(`/api/media/news?from=${yesterday()}&tone=negative`)).json();
      expect(toned.total).toBeGreaterThanOrEqual(1);
    });

    test('reads the digest, with the negative items first and the text for WhatsApp', async ({ page }) => {
      await signIn(page, 'staf@simpul.demo');
      await openFromNav(page, 'Ringkasan berita');
      await page.getByRole('button', { name: 'Buat ringkasan sekarang' }).click();
      await expect(page.getByText('Ringkasan dibuat.')).toBeVisible();
      // The scheduled digest may have run since the import and taken the new items: open the one that has them.
      const list = (await (await page.request.get('/api/media/digests?limit=5')).json()) as {
        items: { id: string; content: { negative: { title: string }[]; latest: { title: string }[] } }[];
      };
      const withImport = list.items.find((d) => [...d.content.negative, ...d.content.latest].some((i) => STORIES.includes(i.title)))!;
      await page.goto(`/humas/ringkasan?id=${withImport.id}`);
      const digest = page.getByTestId('digest');
      await expect(digest).toContainText('Berita negatif');
      await expect(digest).toContainText(STORIES[5]!); // the critic's story, labelled negative above
      await expect(digest.getByRole('button', { name: 'Salin teks WhatsApp' })).toBeVisible();
      await screenshot(page, 'media-digest', true);
      const text = await (await page.request.get(`/api/media/digests/${withImport.id}/export?format=txt`)).text();
      expect(text.startsWith('*Ringkasan Pemantauan Berita BPOM*')).toBe(true);
      expect(text.indexOf('Berita negatif')).toBeLessThan(text.indexOf('Berita terbaru'));
    });

    test('a journalist files a request on the public form without an account, follows it, and its outcome moves IKK9', async ({
      browser,
      page,
    }) => {
      const journalist = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
      const form = await journalist.newPage();
      await form.goto('/wawancara');
      await form.getByLabel('Nama media').fill('Kabar Sepekan');
      await form.getByLabel('Nama wartawan').fill('Rina Wartawati');
      await form.getByLabel('Surel').fill('rina@kabar.example');
      await form.getByLabel('Topik').fill('<b>Pengawasan</b> takjil selama Ramadan');
      await form.getByLabel('Pertanyaan').fill('Berapa sampel takjil yang diuji tahun ini?');
      await form.getByLabel('Waktu wawancara yang diinginkan (opsional)').fill(`${tomorrow()}T10:00`);
      // Sent without the consent: the form says what is missing, and nothing is filed.
      await form.getByRole('button', { name: 'Kirim permohonan' }).click();
      await expect(form.getByText('Centang persetujuan ini untuk mengirim permohonan.')).toBeVisible();
      await expect(form.getByTestId('tracking-code')).toHaveCount(0);
      await form.getByTestId('consent').check();
      await expect(form.getByText('Centang persetujuan ini untuk mengirim permohonan.')).toHaveCount(0);
      await screenshot(form, 'media-public-form', true);
      await form.getByRole('button', { name: 'Kirim permohonan' }).click();
      const code = ((await form.getByTestId('tracking-code').textContent()) ?? '').trim();
      expect(code).toMatch(/^([0-9A-Z]{4}-){6}[0-9A-Z]{4}$/);
      const number = ((await form.getByTestId('acknowledgement').textContent()) ?? '').match(/WAW-\d{4}-\d{4}/)![0];
      await form.getByRole('link', { name: 'Lihat status' }).click();
      const status = form.getByTestId('public-status');
      await expect(status).toContainText('Diterima');
      // The markup typed in the topic is shown as text.
      await expect(status).toContainText('<b>Pengawasan</b> takjil');
      await screenshot(form, 'media-public-status');

      await signIn(page, 'koordinator@simpul.demo');
      await page.goto('/humas/wawancara');
      const count = page.getByTestId('followup-count');
      await expect(count).toContainText(' dari ');
      const [done, all] = ((await count.textContent()) ?? '').split(' dari ').map((s) => Number(s.replace(/\./g, '')));
      await page.getByRole('link', { name: number }).click();
      // The wanted time the journalist gave, in Jakarta time.
      await expect(page.getByText('Waktu yang diinginkan')).toBeVisible();
      await expect(page.getByText(/ 10\.00 WIB$/)).toBeVisible();
      const outcome = page.getByTestId('outcome-form');
      await outcome.getByRole('combobox', { name: 'Hasil' }).click();
      await page.getByRole('option', { name: 'Jawaban tertulis' }).click();
      await outcome.getByRole('button', { name: 'Catat hasil' }).click();
      await expect(page.getByText('Dipenuhi').first()).toBeVisible();
      await screenshot(page, 'media-interview-detail', true);
      await page.getByRole('link', { name: 'Kembali ke daftar' }).click();
      await expect(count).toHaveText(`${done! + 1} dari ${all}`);
      await screenshot(page, 'media-interviews');

      await form.reload();
      await expect(form.getByTestId('public-status')).toContainText('Jawaban tertulis');
      await journalist.close();
    });

    test('shows the 2021 statistics with the monthly tone table and its charts', async ({ page }) => {
      await signIn(page, 'kepala@simpul.demo');
      await page.goto('/humas/berita/statistik?tahun=2021');
      await expect(page.getByTestId('quality')).toHaveText('99,82%');
      await expect(page.getByTestId('tone-table')).toContainText('35.931');
      await expect(page.getByTestId('tone-chart').locator('svg')).toBeVisible();
      await screenshot(page, 'media-statistics', true);
    });

    test("opens an item's details, corrects its tone and fills in its commodity and region", async ({ page }) => {
      await signIn(page, 'staf@simpul.demo');
      await page.goto(`/humas/berita?q=${encodeURIComponent('Izin Edar Obat Herbal')}`);
      await page.getByRole('button', { name: `Rincian: ${STORIES[4]}` }).click();
      const panel = page.getByRole('dialog', { name: 'Rincian berita' });
      // Labelled by keyboard in the test above: who confirmed it is said, and the tone can still be corrected.
      await expect(panel.getByTestId('tone-provenance')).toContainText('Dikonfirmasi petugas');
      await panel.getByText('Negatif', { exact: true }).click();
      await expect(page.getByText('Tonasi tersimpan.')).toBeVisible();
      await expect
        .poll(async () => (await (await page.request.get(`/api/media/news?q=${encodeURIComponent(STORIES[4]!)}`)).json()).items[0].tone)
        .toBe('negative');
      await panel.getByRole('button', { name: 'Perbaiki data berita' }).click();
      const form = page.getByRole('dialog', { name: 'Perbaiki berita' });
      await form.getByLabel('Wilayah').fill('Jakarta Pusat');
      await form.getByLabel('Komoditas').click({ force: true }); // Mantine's pill field covers its input
      await page.getByRole('option', { name: 'Obat tradisional' }).click();
      await page.keyboard.press('Escape'); // closes the options, not the form
      await form.getByRole('button', { name: 'Simpan' }).click();
      await expect(page.getByText('Berita diperbarui.')).toBeVisible();
      await expect(panel).toContainText('Jakarta Pusat');
      await expect(panel).toContainText('Obat tradisional');
      await screenshot(page, 'media-news-detail');
    });

    test("yesterday's negative items labelled this morning raise an early warning on the home page", async ({ page }) => {
      await signIn(page, 'staf@simpul.demo');
      await page.goto('/');
      // The demo's alerts are of 2021: none is recent enough for the home page.
      await expect(page.getByTestId('home-card-media-news')).toBeVisible();
      await expect(page.getByTestId('home-alerts')).toHaveCount(0);
      // Three more negative items for yesterday, from a vendor's file: with the two set above, at least five against none before.
      const day = yesterday();
      const rows = [
        'Warga Keluhkan Obat Keras Dijual Bebas',
        'Pedagang Nakal Lolos Razia Kosmetik',
        'Iklan Suplemen Menyesatkan Marak',
      ].map((title, i) => `${day} 2${i}:00,${title},Media Uji ${i},online,https://peringatan${i}.example/x,negatif`);
      await page.goto('/humas/berita/impor');
      await upload(page, `tanggal terbit,judul,media,jenis media,tautan,tonasi\n${rows.join('\n')}\n`);
      await page.getByTestId('commit').click();
      await expect(page.getByText('3 berita tersimpan.', { exact: true })).toBeVisible();
      // The digest made now checks yesterday as well as today.
      await page.goto('/humas/ringkasan');
      await page.getByRole('button', { name: 'Buat ringkasan sekarang' }).click();
      await expect(page.getByText('Ringkasan dibuat.')).toBeVisible();
      await page.goto('/');
      const alerts = page.getByTestId('home-alerts');
      await expect(alerts).toContainText('Peringatan dini: 1 lonjakan belum ditangani');
      await expect(alerts).toContainText(/Tonasi negatif: [5-9] berita/); // and any the keyboard's accepted suggestions made negative
      await screenshot(page, 'media-home-alert');
      await alerts.getByRole('link', { name: 'Buka ringkasan berita' }).click();
      await expect(page.getByTestId('open-alerts')).toBeVisible();
    });

    // Last: a model changes the suggestions of the items still in the queue.
    test('the coordinator trains the tone model on the spot and reads its scores beside the lexicon', async ({ page }) => {
      await signIn(page, 'koordinator@simpul.demo');
      await page.goto('/humas/berita/model');
      // The demo has tens of thousands of confirmed labels and no model until the night's run.
      await expect(page.getByTestId('model-none')).toContainText('Label terkonfirmasi sudah cukup');
      await expect(page.getByTestId('model-none')).toContainText('Latih ulang sekarang');
      await screenshot(page, 'media-model-none');
      await page.getByRole('button', { name: 'Latih ulang sekarang' }).click();
      await expect(page.getByText(/^Model baru aktif: akurasi \d/)).toBeVisible({ timeout: 45_000 });
      await expect(page.getByTestId('model-none')).toHaveCount(0);
      await expect(page.getByText(/Leksikon saja: \d/)).toBeVisible();
      await expect(page.getByText('Matriks kebingungan', { exact: false })).toBeVisible();
      await screenshot(page, 'media-model', true);
    });
  });
