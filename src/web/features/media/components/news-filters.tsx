import { Group, Select, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import type { ReactNode } from 'react';
import { useT } from '../../../app/i18n';
import { DATE_FIELD_FORMAT } from '../../../lib/dates';
import { useOutlets } from '../api/contacts';
import { MEDIA_TYPE_KEYS } from '../lib/vocabulary';

/** Reads and sets one filter of the address (`?from=…`); an empty value removes it. */
export interface FilterParams {
  get: (key: string) => string | null;
  set: (key: string, value: string | null) => void;
}

/**
 * The filters the news list and the labelling queue share: dates, outlet, media type and issue
 * (spec 30: by date, outlet, media type, issue, tone). `children` adds a screen's own filters.
 * Their values live in the address, so a filtered view can be linked and comes back on reload.
 */
export function NewsFilters({ params, children }: { params: FilterParams; children?: ReactNode }) {
  const { t } = useT();
  const outlets = useOutlets();
  return (
    <Group align="flex-end" wrap="wrap">
      <DatePickerInput
        label={t('media.news.from')}
        valueFormat={DATE_FIELD_FORMAT}
        clearable
        value={params.get('from')}
        maxDate={params.get('to') ?? undefined}
        onChange={(value) => params.set('from', value)}
        w={170}
      />
      <DatePickerInput
        label={t('media.news.to')}
        valueFormat={DATE_FIELD_FORMAT}
        clearable
        value={params.get('to')}
        minDate={params.get('from') ?? undefined}
        onChange={(value) => params.set('to', value)}
        w={170}
      />
      <Select
        label={t('media.news.outlet')}
        searchable
        clearable
        placeholder={t('media.news.all')}
        data={(outlets.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
        value={params.get('outletId')}
        onChange={(v) => params.set('outletId', v)}
        nothingFoundMessage={t('media.news.noOutlet')}
        w={220}
      />
      <Select
        label={t('media.news.mediaType')}
        data={[{ value: '', label: t('media.news.all') }, ...MEDIA_TYPE_KEYS.map((k) => ({ value: k, label: t(`media.mediaType.${k}`) }))]}
        value={params.get('mediaType') ?? ''}
        onChange={(v) => params.set('mediaType', v)}
        allowDeselect={false}
        w={160}
      />
      <TextInput
        label={t('media.news.issue')}
        value={params.get('issue') ?? ''}
        onChange={(e) => params.set('issue', e.currentTarget.value)}
        w={200}
      />
      {children}
    </Group>
  );
}
