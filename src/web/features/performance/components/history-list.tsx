import { Table, Text } from '@mantine/core';
import type { IndicatorPage } from '../../../../server/modules/performance/queries/indicator-page';
import { uiStrings } from '../../../../shared/i18n/ui';
import { useT } from '../../../app/i18n';
import type { PerfFormat } from '../lib/format';

type Entry = IndicatorPage['history'][number];

// Bookkeeping columns every change touches; listing them would hide what really changed.
const NOISE = new Set(['id', 'indicatorId', 'createdAt', 'updatedAt', 'submittedAt', 'approvedAt', 'submittedBy', 'approvedBy']);

// Amounts in whole rupiah read best grouped; other numbers (a year, a period, a value) as they are.
const MONEY = new Set(['ceiling', 'realized']);
const LIMIT = 280;

function short(key: string, value: unknown, format: PerfFormat): string {
  if (value === null || value === undefined) return format.number(null);
  if (typeof value === 'number') {
    if (MONEY.has(key)) return format.money(value);
    // Trailing zeros of a 4-place rendering go: 0,9000 → 0,9; 2,0000 → 2.
    return Number.isInteger(value) ? String(value) : format.decimal(value, 4).replace(/[.,]?0+$/, '');
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** What one audit entry changed, in a line: `value: 0,9 → 1; status: draft → submitted`. */
function summary(entry: Entry, format: PerfFormat): string {
  // Targets are stored as one row per period: show the periods and their values after the change.
  if (Array.isArray(entry.after)) {
    return (entry.after as { period?: number; value?: unknown }[])
      .map((row) => `${format.period(Number(row.period ?? 0))}: ${short('value', row.value, format)}`)
      .join('; ');
  }
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  const changed = Object.keys(after).filter((k) => !NOISE.has(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  // A creation lists what was set; empty fields say nothing there.
  const shown = entry.before ? changed : changed.filter((k) => after[k] !== null && after[k] !== '');
  return shown
    .map((k) =>
      entry.before ? `${k}: ${short(k, before[k], format)} → ${short(k, after[k], format)}` : `${k}: ${short(k, after[k], format)}`,
    )
    .join('; ');
}

/** The change in a line or two; the whole of a long one is in its tooltip. */
function HistorySummary({ text }: { text: string }) {
  const cut = text.length > LIMIT ? `${text.slice(0, LIMIT - 1)}…` : text;
  return (
    <Text size="xs" ff="monospace" style={{ wordBreak: 'break-word' }} title={cut === text ? undefined : text}>
      {cut}
    </Text>
  );
}

/** The audit trail of the indicator, its targets, budget and realizations, newest first. */
export function HistoryList({ history, format }: { history: readonly Entry[]; format: PerfFormat }) {
  const { t, lang } = useT();
  const strings = uiStrings[lang].performance.indicator;
  if (history.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('performance.indicator.noHistory')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={720} maxHeight={420}>
      <Table striped verticalSpacing={6} data-testid="history" stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.at')}</Table.Th>
            <Table.Th scope="col">{t('audit.actor')}</Table.Th>
            <Table.Th scope="col">{t('audit.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{format.dateTime(entry.at)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{entry.actor ?? t('performance.indicator.system')}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {`${(strings.entities as Record<string, string>)[entry.entityType] ?? entry.entityType}: ${
                    (strings.actions as Record<string, string>)[entry.action] ?? entry.action
                  }`}
                </Text>
              </Table.Td>
              <Table.Td>
                <HistorySummary text={summary(entry, format)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
