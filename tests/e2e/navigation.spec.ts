import { expect, test } from '@playwright/test';
import { navEntries, openFromNav, screenshot, signIn } from './helpers';

/**
 * What each demo role sees in the navigation: exactly the screens its permissions open
 * (server policies: users for admin, head and auditor; audit for the same three; performance for the
 * bureau's roles, its plan editor for the planner and admin; surveys for the bureau's roles and the auditor;
 * media for the bureau's roles, its digest and coverage also for the units, to whom the digest is
 * sent and who request coverage; media contacts for those who work with them, the head, the auditor
 * and the admin, who answers personal-data requests).
 */
const ROLES = [
  {
    email: 'kepala@simpul.demo',
    role: 'Kepala Biro',
    nav: [
      'home',
      'performance',
      'performance-advice',
      'surveys',
      'media-news',
      'media-digest',
      'media-interviews',
      'media-releases',
      'media-coverage',
      'media-contacts',
      'units',
      'users',
      'calendar',
      'audit',
    ],
  },
  {
    email: 'koordinator@simpul.demo',
    role: 'Koordinator',
    nav: [
      'home',
      'performance',
      'performance-advice',
      'surveys',
      'media-news',
      'media-digest',
      'media-interviews',
      'media-releases',
      'media-coverage',
      'media-contacts',
      'units',
      'calendar',
    ],
  },
  {
    email: 'staf@simpul.demo',
    role: 'Staf',
    nav: [
      'home',
      'performance',
      'performance-advice',
      'surveys',
      'media-news',
      'media-digest',
      'media-interviews',
      'media-releases',
      'media-coverage',
      'media-contacts',
      'units',
      'calendar',
    ],
  },
  {
    email: 'perencana@simpul.demo',
    role: 'Perencana',
    nav: [
      'home',
      'performance',
      'performance-advice',
      'performance-plan',
      'surveys',
      'media-news',
      'media-digest',
      'media-interviews',
      'media-releases',
      'media-coverage',
      'units',
      'calendar',
    ],
  },
  {
    email: 'unit@simpul.demo',
    role: 'Unit Pengusul',
    nav: ['home', 'media-digest', 'media-coverage', 'units', 'calendar'],
    unit: 'Balai Besar POM di Bandung',
  },
  {
    email: 'unit2@simpul.demo',
    role: 'Unit Pengusul',
    nav: ['home', 'media-digest', 'media-coverage', 'units', 'calendar'],
    unit: 'Balai Besar POM di Surabaya',
  },
  {
    email: 'auditor@simpul.demo',
    role: 'Auditor',
    nav: [
      'home',
      'performance',
      'performance-advice',
      'surveys',
      'media-news',
      'media-digest',
      'media-interviews',
      'media-releases',
      'media-coverage',
      'media-contacts',
      'units',
      'users',
      'calendar',
      'audit',
    ],
  },
  {
    email: 'admin@simpul.demo',
    role: 'Admin',
    nav: [
      'home',
      'performance',
      'performance-advice',
      'performance-plan',
      'surveys',
      'media-news',
      'media-digest',
      'media-interviews',
      'media-releases',
      'media-coverage',
      'media-contacts',
      'units',
      'users',
      'calendar',
      'audit',
    ],
  },
];

for (const account of ROLES) {
  test(`${account.email} sees only the navigation of the ${account.role} role`, async ({ page }) => {
    await signIn(page, account.email);
    expect(await navEntries(page)).toEqual(account.nav);
    await expect(page.getByTestId('home-role')).toHaveText(account.role);
    if (account.unit) await expect(page.getByTestId('home-unit')).toHaveText(account.unit);
    if (account.email === 'admin@simpul.demo') await screenshot(page, 'home-admin');
  });
}

test('staf opening the users address directly is refused, and no users are loaded', async ({ page }) => {
  await signIn(page, 'staf@simpul.demo');
  const usersRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/users') usersRequests.push(request.url());
  });
  await page.goto('/pengguna');
  await expect(page.getByRole('heading', { name: 'Akses ditolak' })).toBeVisible();
  await page.goto('/audit');
  await expect(page.getByRole('heading', { name: 'Akses ditolak' })).toBeVisible();
  expect(usersRequests).toEqual([]);
});

test('the auditor reads every list but is offered no way to change anything', async ({ page }) => {
  await signIn(page, 'auditor@simpul.demo');

  await openFromNav(page, 'Unit kerja');
  await expect(page.getByTestId('units-table')).toContainText('BKSHM');
  await expect(page.getByRole('button', { name: 'Tambah unit' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Ubah / })).toHaveCount(0);

  await openFromNav(page, 'Pengguna');
  await expect(page.getByTestId('users-table')).toContainText('auditor@simpul.demo');
  await expect(page.getByRole('button', { name: 'Tambah pengguna' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Ubah / })).toHaveCount(0);

  await openFromNav(page, 'Kalender kerja');
  await expect(page.getByRole('heading', { name: /^Hari libur/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tambah hari libur' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Hapus / })).toHaveCount(0);
  await expect(page.getByText('Anda dapat melihat data ini tetapi tidak mengubahnya.')).toBeVisible();

  await openFromNav(page, 'Jejak audit');
  await expect(page.getByTestId('audit-table')).toBeVisible();
  await expect(page.getByTestId('audit-export')).toBeVisible();
});
