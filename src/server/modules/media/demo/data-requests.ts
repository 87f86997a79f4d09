import { DATA_REQUEST_HOURS } from '../../../../shared/personal-data';
import type { personalDataRequests } from '../../../platform/personal-data/schema';

const HOUR = 3_600_000;
/** A moment of 2021 in Jakarta time (UTC+7). */
const wib = (month: number, day: number, hour: number, minute = 0) => new Date(Date.UTC(2021, month - 1, day, hour - 7, minute));

/**
 * Two requests the demo's journalists made about their data in 2021, both answered in time: one
 * asked for a copy of what the bureau holds, one corrected a phone number. The log is not empty on
 * the first day, and its deadlines read as the bureau would keep them.
 */
export function demoDataRequests(journalists: { id: string }[], koordinator: string | null): (typeof personalDataRequests.$inferInsert)[] {
  const made = [
    {
      who: journalists[0]!,
      kind: 'access',
      channel: 'email',
      receivedAt: wib(3, 8, 9, 15),
      resolvedAt: wib(3, 9, 10),
      details: 'Meminta salinan data pribadinya yang disimpan Humas.',
      resolution: 'Salinan data (JSON) dan riwayat pemrosesannya dikirim lewat surel.',
    },
    {
      who: journalists[5]!,
      kind: 'correction',
      channel: 'phone',
      receivedAt: wib(7, 12, 14, 40),
      resolvedAt: wib(7, 13, 8, 30),
      details: 'Nomor telepon dan desk liputannya berubah.',
      resolution: 'Catatan kontak diperbarui.',
    },
  ];
  return made.map((r) => ({
    // Not drawn from the demo's seeded sequence: the news after it must come out as before.
    id: crypto.randomUUID(),
    subjectType: 'media_journalist',
    subjectId: r.who.id,
    kind: r.kind,
    channel: r.channel,
    receivedAt: r.receivedAt,
    dueAt: new Date(r.receivedAt.getTime() + DATA_REQUEST_HOURS * HOUR),
    details: r.details,
    status: 'done',
    resolvedAt: r.resolvedAt,
    resolvedBy: koordinator,
    resolution: r.resolution,
    createdBy: koordinator,
    createdAt: r.receivedAt,
    updatedAt: r.resolvedAt,
  }));
}
