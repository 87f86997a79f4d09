import type { TRole, TUnitKind } from '../../../shared/roles';
import type { CommandContext } from '../../platform/command';
import { createUnit } from './commands/units';
import { createUser } from './commands/users';

/** The password of every demo account (README). Demo mode only: outside it there are no default accounts. */
export const DEMO_PASSWORD = 'Simpul-Demo-2021';

interface UnitSeed {
  key: string;
  code: string;
  name: string;
  nameEn: string;
  kind: TUnitKind;
  parent?: string;
  proposing?: boolean;
}

/**
 * BPOM in 2021 (Peraturan BPOM 21/2020). The four substance groups are not named in the report;
 * the names follow its budget components (see the reference JSON's note).
 */
const UNITS: UnitSeed[] = [
  { key: 'bpom', code: 'BPOM', name: 'Badan Pengawas Obat dan Makanan', nameEn: 'Indonesian Food and Drug Authority', kind: 'agency' },
  { key: 'sestama', code: 'SESTAMA', name: 'Sekretariat Utama', nameEn: 'Main Secretariat', kind: 'secretariat', parent: 'bpom' },
  {
    key: 'biro',
    code: 'BKSHM',
    name: 'Biro Kerja Sama dan Hubungan Masyarakat',
    nameEn: 'Bureau of Cooperation and Public Relations',
    kind: 'bureau',
    parent: 'sestama',
  },
  {
    key: 'ksb',
    code: 'BKSHM-KSB',
    name: 'Kelompok Kerja Sama Bilateral',
    nameEn: 'Bilateral Cooperation Group',
    kind: 'group',
    parent: 'biro',
  },
  {
    key: 'ksrm',
    code: 'BKSHM-KSRM',
    name: 'Kelompok Kerja Sama Regional dan Multilateral',
    nameEn: 'Regional and Multilateral Cooperation Group',
    kind: 'group',
    parent: 'biro',
  },
  {
    key: 'ksdn',
    code: 'BKSHM-KSDN',
    name: 'Kelompok Kerja Sama Dalam Negeri',
    nameEn: 'Domestic Cooperation Group',
    kind: 'group',
    parent: 'biro',
  },
  {
    key: 'humas',
    code: 'BKSHM-HUMAS',
    name: 'Kelompok Hubungan Masyarakat',
    nameEn: 'Public Relations Group',
    kind: 'group',
    parent: 'biro',
  },
  {
    key: 'hukor',
    code: 'BHO',
    name: 'Biro Hukum dan Organisasi',
    nameEn: 'Bureau of Legal Affairs and Organisation',
    kind: 'unit',
    parent: 'sestama',
    proposing: true,
  },
  {
    key: 'd1',
    code: 'DEP1',
    name: 'Deputi Bidang Pengawasan Obat, Narkotika, Psikotropika, Prekursor, dan Zat Adiktif',
    nameEn: 'Deputy for Drugs, Narcotics, Psychotropics, Precursors and Addictive Substances Control',
    kind: 'unit',
    parent: 'bpom',
    proposing: true,
  },
  {
    key: 'd2',
    code: 'DEP2',
    name: 'Deputi Bidang Pengawasan Obat Tradisional, Suplemen Kesehatan, dan Kosmetik',
    nameEn: 'Deputy for Traditional Medicines, Health Supplements and Cosmetics Control',
    kind: 'unit',
    parent: 'bpom',
    proposing: true,
  },
  {
    key: 'd3',
    code: 'DEP3',
    name: 'Deputi Bidang Pengawasan Pangan Olahan',
    nameEn: 'Deputy for Processed Food Control',
    kind: 'unit',
    parent: 'bpom',
    proposing: true,
  },
  {
    key: 'd4',
    code: 'DEP4',
    name: 'Deputi Bidang Penindakan',
    nameEn: 'Deputy for Enforcement',
    kind: 'unit',
    parent: 'bpom',
    proposing: true,
  },
  {
    key: 'pusdatin',
    code: 'PUSDATIN',
    name: 'Pusat Data dan Informasi Obat dan Makanan',
    nameEn: 'Centre for Drug and Food Data and Information',
    kind: 'unit',
    parent: 'bpom',
    proposing: true,
  },
  {
    key: 'bbpom-jkt',
    code: 'BBPOM-JKT',
    name: 'Balai Besar POM di Jakarta',
    nameEn: 'Regional Office in Jakarta',
    kind: 'regional_office',
    parent: 'bpom',
    proposing: true,
  },
  {
    key: 'bbpom-bdg',
    code: 'BBPOM-BDG',
    name: 'Balai Besar POM di Bandung',
    nameEn: 'Regional Office in Bandung',
    kind: 'regional_office',
    parent: 'bpom',
    proposing: true,
  },
  {
    key: 'bbpom-sby',
    code: 'BBPOM-SBY',
    name: 'Balai Besar POM di Surabaya',
    nameEn: 'Regional Office in Surabaya',
    kind: 'regional_office',
    parent: 'bpom',
    proposing: true,
  },
  {
    key: 'bbpom-mdn',
    code: 'BBPOM-MDN',
    name: 'Balai Besar POM di Medan',
    nameEn: 'Regional Office in Medan',
    kind: 'regional_office',
    parent: 'bpom',
    proposing: true,
  },
  {
    key: 'bbpom-mks',
    code: 'BBPOM-MKS',
    name: 'Balai Besar POM di Makassar',
    nameEn: 'Regional Office in Makassar',
    kind: 'regional_office',
    parent: 'bpom',
    proposing: true,
  },
  {
    key: 'loka-bks',
    code: 'LPOM-BKS',
    name: 'Loka POM di Kabupaten Bekasi',
    nameEn: 'Local Office in Bekasi Regency',
    kind: 'regional_office',
    parent: 'bpom',
    proposing: true,
  },
];

/** One account per role (the README lists them), and a second unit account to see unit scoping. */
export const DEMO_ACCOUNTS: { email: string; name: string; role: TRole; unit: string }[] = [
  { email: 'kepala@simpul.demo', name: 'Ratna Wulandari', role: 'kepala_biro', unit: 'biro' },
  { email: 'koordinator@simpul.demo', name: 'Bambang Setiawan', role: 'koordinator', unit: 'humas' },
  { email: 'staf@simpul.demo', name: 'Dewi Lestari', role: 'staf', unit: 'humas' },
  { email: 'perencana@simpul.demo', name: 'Agus Pratama', role: 'perencana', unit: 'biro' },
  { email: 'unit@simpul.demo', name: 'Siti Rahmawati', role: 'unit_pengusul', unit: 'bbpom-bdg' },
  { email: 'unit2@simpul.demo', name: 'Yusuf Hidayat', role: 'unit_pengusul', unit: 'bbpom-sby' },
  { email: 'auditor@simpul.demo', name: 'Hendra Gunawan', role: 'auditor', unit: 'sestama' },
  { email: 'admin@simpul.demo', name: 'Admin Simpul', role: 'admin', unit: 'biro' },
];

/** Loads the organisation and the demo accounts; returns the unit ids by key for other modules' demos. */
export async function loadOrgDemo(ctx: CommandContext): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const seed of UNITS) {
    const row = await createUnit(ctx, {
      code: seed.code,
      name: seed.name,
      nameEn: seed.nameEn,
      kind: seed.kind,
      parentId: seed.parent ? ids[seed.parent]! : null,
      proposing: seed.proposing ?? false,
    });
    ids[seed.key] = row.id;
  }
  for (const account of DEMO_ACCOUNTS) {
    await createUser(ctx, {
      email: account.email,
      name: account.name,
      role: account.role,
      unitId: ids[account.unit]!,
      password: DEMO_PASSWORD,
      locale: 'id',
    });
  }
  return ids;
}
