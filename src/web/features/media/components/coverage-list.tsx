import { Group, Pagination, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import type { TCoverage } from '../../../../shared/media';
import { useT } from '../../../app/i18n';
import { useFormat } from '../../../lib/format';
import { CoverageCards, type CoverageItemsProps, CoverageTable } from './coverage-items';
import { COVERAGE_STATUSES } from './coverage-update-form';
import { coverageExportUrl } from '../api/coverage';
import { ExportButtons } from './export-buttons';

const PAGE = 20;

/**
 * A year's coverage requests, newest activity first, with a status filter and a search over the
 * activity and its place; a table on a wide screen, cards on a phone. The unit is left out for a
 * unit user (every request is its own).
 */
export function CoverageList({
  year,
  items,
  unitLabel,
  showUnit,
  onEdit,
}: Omit<CoverageItemsProps, 'rows'> & { year: number; items: readonly TCoverage[] }) {
  const { t } = useT();
  const format = useFormat();
  const [status, setStatus] = useState('');
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);
  // Below Mantine's `sm` breakpoint (48em) a table would hide the status and outcome off to the right.
  const phone = useMediaQuery('(max-width: 47.99em)');
  const Items = phone ? CoverageCards : CoverageTable;

  const counts = useMemo(() => {
    const out: Record<string, number> = {};
    for (const c of items) out[c.status] = (out[c.status] ?? 0) + 1;
    return out;
  }, [items]);
  const shown = useMemo(() => {
    const needle = text.trim().toLocaleLowerCase('id');
    return items
      .filter((c) => !status || c.status === status)
      .filter((c) => !needle || `${c.activity} ${c.place ?? ''}`.toLocaleLowerCase('id').includes(needle))
      .toSorted((a, b) => b.activityDate.localeCompare(a.activityDate));
  }, [items, status, text]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE));
  const current = Math.min(page, pages);
  const rows = shown.slice((current - 1) * PAGE, current * PAGE);

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm">
        <Select
          label={t('media.coverage.status')}
          data={[
            { value: '', label: t('media.coverage.withCount', { label: t('media.coverage.allStatuses'), n: format.number(items.length) }) },
            ...COVERAGE_STATUSES.map((s) => ({
              value: s,
              label: t('media.coverage.withCount', { label: t(`media.coverage.statuses.${s}`), n: format.number(counts[s] ?? 0) }),
            })),
          ]}
          value={status}
          onChange={(v) => {
            setStatus(v ?? '');
            setPage(1);
          }}
          allowDeselect={false}
          w={200}
        />
        <TextInput
          label={t('media.coverage.search')}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setPage(1);
          }}
          style={{ flex: '1 1 220px' }}
        />
      </Group>
      {/* The downloads share the count's line: on a phone a row of their own would push the first request below the fold. */}
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed" data-testid="coverage-count">
          {t('media.coverage.count', { n: format.number(shown.length) })}
        </Text>
        <ExportButtons compact url={(format) => coverageExportUrl(year, { status, q: text }, format)} />
      </Group>
      {shown.length === 0 ? (
        <Text c="dimmed">{items.length === 0 ? t('media.coverage.empty') : t('media.coverage.noMatch')}</Text>
      ) : (
        <Items rows={rows} unitLabel={unitLabel} showUnit={showUnit} onEdit={onEdit} />
      )}
      {pages > 1 ? <Pagination total={pages} value={current} onChange={setPage} /> : null}
    </Stack>
  );
}
