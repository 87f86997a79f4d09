import { Button, Group, Select } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { uiStrings } from '../../../../shared/i18n/ui';
import { useT } from '../../../app/i18n';
import { DATE_FIELD_FORMAT } from '../../../lib/dates';
import type { AuditFilters as Filters } from '../api/audit';

/** Options from the known labels plus any value seen in the data (later modules add their own). */
function options(known: Record<string, string>, seen: readonly string[]) {
  const values = [...new Set([...Object.keys(known), ...seen])];
  return values.map((value) => ({ value, label: known[value] ?? value })).sort((a, b) => a.label.localeCompare(b.label));
}

export function AuditFilters({
  filters,
  onChange,
  seenActions,
  seenEntities,
}: {
  filters: Filters;
  onChange: (filters: Filters) => void;
  seenActions: readonly string[];
  seenEntities: readonly string[];
}) {
  const { t, lang } = useT();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const strings = uiStrings[lang].audit;
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <DatePickerInput
        label={t('audit.from')}
        valueFormat={DATE_FIELD_FORMAT}
        clearable
        value={filters.from ?? null}
        maxDate={filters.to}
        onChange={(value) => set({ from: value ?? undefined })}
        w={{ base: '100%', xs: 180 }}
      />
      <DatePickerInput
        label={t('audit.to')}
        valueFormat={DATE_FIELD_FORMAT}
        clearable
        value={filters.to ?? null}
        minDate={filters.from}
        onChange={(value) => set({ to: value ?? undefined })}
        w={{ base: '100%', xs: 180 }}
      />
      <Select
        label={t('audit.action')}
        placeholder={t('audit.any')}
        clearable
        data={options(strings.actions, seenActions)}
        value={filters.action ?? null}
        onChange={(value) => set({ action: value ?? undefined })}
        w={{ base: '100%', xs: 180 }}
      />
      <Select
        label={t('audit.entityType')}
        placeholder={t('audit.any')}
        clearable
        data={options(strings.entities, seenEntities)}
        value={filters.entityType ?? null}
        onChange={(value) => set({ entityType: value ?? undefined })}
        w={{ base: '100%', xs: 180 }}
      />
      <Button variant="default" onClick={() => onChange({})} disabled={Object.values(filters).every((v) => !v)}>
        {t('audit.reset')}
      </Button>
    </Group>
  );
}
