import type { Lang } from '../../../../shared/i18n/errors';
import { formatDateTime, formatNumber } from '../../../../shared/format';
import { MEDIA_LABELS } from '../../../../shared/media';
import type { DigestContent, DigestItem } from './content';

const T = {
  id: {
    title: 'Ringkasan Pemantauan Berita',
    window: 'Periode',
    total: 'Jumlah berita',
    warning: 'Peringatan dini',
    negativeTone: 'tonasi negatif',
    issue: 'isu',
    usual: 'ambang',
    negative: 'Berita negatif',
    rising: 'Isu yang naik',
    normally: 'biasanya',
    latest: 'Berita terbaru',
    none: 'Tidak ada berita baru pada periode ini.',
    items: 'berita',
  },
  en: {
    title: 'News Monitoring Digest',
    window: 'Period',
    total: 'News items',
    warning: 'Early warning',
    negativeTone: 'negative tone',
    issue: 'issue',
    usual: 'threshold',
    negative: 'Negative items',
    rising: 'Rising issues',
    normally: 'usually',
    latest: 'Latest items',
    none: 'No new items in this period.',
    items: 'items',
  },
};

const line = (i: DigestItem, n: number) => `${n}. ${i.title} — ${i.outlet}${i.url ? `\n   ${i.url}` : ''}`;

/**
 * The digest as a plain-text message ready to paste into a WhatsApp group: WhatsApp's *bold*,
 * one item a line, links on their own line so the app makes them clickable. Titled with the
 * agency's short name (`agencyCode`) when the organisation has one.
 */
export function digestText(content: DigestContent, lang: Lang, agency: string | null): string {
  const t = T[lang];
  const n = (v: number) => formatNumber(v, 0, lang);
  const tones = (['positive', 'neutral', 'negative'] as const).map(
    (k) => `${MEDIA_LABELS.tone[k][lang].toLowerCase()} ${n(content.byTone[k])}`,
  );
  const out = [
    `*${agency ? `${t.title} ${agency}` : t.title}*`,
    `${t.window}: ${formatDateTime(content.windowFrom, lang)} – ${formatDateTime(content.windowTo, lang)}`,
    '',
    `${t.total}: *${n(content.total)}* (${tones.join(', ')})`,
    (['online', 'print', 'electronic'] as const)
      .map((g) => `${MEDIA_LABELS.mediaGroup[g][lang]} ${n(content.byMediaGroup[g])}`)
      .join(' · '),
  ];
  if (content.total === 0) out.push('', t.none);
  if (content.alerts.length) {
    out.push('', `⚠️ *${t.warning}*`);
    for (const a of content.alerts) {
      const what = a.kind === 'negative' ? t.negativeTone : `${t.issue} "${a.subject}"`;
      out.push(`• ${what}: ${n(a.count)} ${t.items} (${t.usual} ${formatNumber(a.threshold, 1, lang)})`);
    }
  }
  if (content.negative.length) {
    out.push('', `*${t.negative}*`);
    content.negative.forEach((i, k) => {
      out.push(line(i, k + 1));
    });
  }
  if (content.rising.length) {
    out.push('', `*${t.rising}*`);
    for (const r of content.rising) out.push(`• ${r.issue}: ${n(r.count)} (${t.normally} ${formatNumber(r.usual, 1, lang)})`);
  }
  if (content.latest.length) {
    out.push('', `*${t.latest}*`);
    content.latest.slice(0, 10).forEach((i, k) => {
      out.push(line(i, k + 1));
    });
  }
  return `${out.join('\n')}\n`;
}

export const DIGEST_TEXT = T;
