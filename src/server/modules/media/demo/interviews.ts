import type { TDeclineReason, TInterviewOutcome } from '../../../../shared/media';
import type { mediaInterviewRequests } from '../schema';
import { newTrackingCode } from '../tracking-code';
import { DECLINES, INTERVIEWS, type MonthTones } from './figures';
import { MONTH_ISSUES } from './issues';
import { DEMO_OUTLETS, FIRST_NAMES, LAST_NAMES, SPOKESPERSONS } from './names';
import { apportion, type Random } from './random';

type InterviewRow = typeof mediaInterviewRequests.$inferInsert;

const QUESTIONS = [
  'Bagaimana tanggapan Badan POM atas isu ini? Apa langkah yang sudah dan akan dilakukan?',
  'Apa dasar ilmiah keputusan Badan POM, dan kapan hasil evaluasinya diumumkan?',
  'Apa imbauan Badan POM kepada masyarakat terkait hal ini?',
  'Bagaimana pengawasan Badan POM di daerah terhadap produk yang dimaksud?',
];

const hours = (n: number) => n * 3_600_000;

/**
 * 2021's interview requests: 88 received, spread over the months like the news; 58 fulfilled as
 * 20 direct interviews, 30 written answers and 8 talk shows (the report's 31 written answers
 * would make 59: README); 30 declined for the reasons the report names.
 */
export function generateInterviews(
  random: Random,
  year: number,
  months: MonthTones[],
  users: { koordinator: string | null; staf: string | null },
) {
  const outcomes: { outcome: TInterviewOutcome; reason: TDeclineReason | null }[] = random.shuffle([
    ...Array.from({ length: INTERVIEWS.direct }, () => ({ outcome: 'direct' as const, reason: null })),
    ...Array.from({ length: INTERVIEWS.written }, () => ({ outcome: 'written' as const, reason: null })),
    ...Array.from({ length: INTERVIEWS.talkshow }, () => ({ outcome: 'talkshow' as const, reason: null })),
    ...Object.entries(DECLINES).flatMap(([reason, n]) =>
      Array.from({ length: n }, () => ({ outcome: 'declined' as const, reason: reason as TDeclineReason })),
    ),
  ]);
  const perMonth = apportion(
    INTERVIEWS.received,
    months.map((m) => m.total),
  );
  const rows: InterviewRow[] = [];
  let n = 0;
  perMonth.forEach((count, i) => {
    const month = i + 1;
    const issues = year === 2021 ? (MONTH_ISSUES[month] ?? []) : [];
    for (let k = 0; k < count; k++) {
      const { outcome, reason } = outcomes[n]!;
      n++;
      // Talk shows come from television and radio; the other requests from any outlet.
      const candidates = DEMO_OUTLETS.filter((o) => (outcome === 'talkshow' ? o.type === 'tv' || o.type === 'radio' : true));
      const outlet = random.pick(candidates);
      const day = random.int(1, 28);
      const receivedAt = new Date(Date.UTC(year, month - 1, day, random.int(1, 10), random.int(0, 59)));
      const issue = issues.length ? random.pick(issues) : null;
      const topic = issue ? random.pick(issue.topics) : 'Pengawasan obat dan makanan selama pandemi';
      const delay = outcome === 'declined' ? hours(random.int(2, 20)) : hours(random.int(6, 72));
      const respondedAt = new Date(receivedAt.getTime() + delay);
      const journalist = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
      rows.push({
        id: random.uuid(),
        number: `WAW-${year}-${String(n).padStart(4, '0')}`,
        trackingCode: newTrackingCode(),
        channel: random.pick(['whatsapp', 'whatsapp', 'whatsapp', 'email', 'email', 'phone']),
        receivedAt,
        receivedDate: new Date(receivedAt.getTime() + hours(7)).toISOString().slice(0, 10),
        outletName: outlet.name,
        mediaType: outlet.type,
        journalistName: journalist,
        contactEmail: `${journalist.toLowerCase().replace(/\s+/g, '.')}@${outlet.domain}`,
        contactPhone: null,
        topic,
        questions: random.pick(QUESTIONS),
        wantedAt: new Date(receivedAt.getTime() + hours(random.int(24, 96))),
        deadline: new Date(receivedAt.getTime() + hours(random.int(24, 120))),
        preferredSpokesperson: random.next() < 0.6 ? 'Kepala BPOM' : null,
        status: outcome === 'declined' ? 'declined' : 'fulfilled',
        priority: random.next() < 0.2 ? 'urgent' : 'normal',
        triageNote: null,
        triagedBy: users.koordinator,
        triagedAt: new Date(receivedAt.getTime() + delay / 3),
        assignedTo: outcome === 'declined' ? null : users.staf,
        spokesperson: outcome === 'declined' ? null : random.pick(SPOKESPERSONS),
        assignedBy: outcome === 'declined' ? null : users.koordinator,
        assignedAt: outcome === 'declined' ? null : new Date(receivedAt.getTime() + delay / 2),
        outcome,
        declineReason: reason,
        outcomeNote: reason === 'outside_mandate' ? 'Dirujuk ke Kementerian Kesehatan.' : null,
        outcomeLink: reason === 'already_answered' ? 'https://bpom-demo.example/penjelasan' : null,
        respondedAt,
        respondedBy: users.staf,
        consentAt: receivedAt,
        consentNoticeVersion: 'demo-2021',
        retentionUntil: `${year + 5}-12-31`,
        createdBy: users.staf,
      });
    }
  });
  return rows;
}
