import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { TJournalist, TMediaType } from '../../../../shared/media';
import { useT } from '../../../app/i18n';
import { useFormat } from '../../../lib/format';
import { MEDIA_TYPE_KEYS } from '../lib/vocabulary';
import { RetentionDate } from './journalist-state';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {children || '—'}
      </Text>
    </Stack>
  );
}

/** Every field held about a journalist, as the person would be shown it. */
export function JournalistRecord({ journalist: j }: { journalist: TJournalist }) {
  const { t } = useT();
  const format = useFormat();
  const mediaType = (MEDIA_TYPE_KEYS as readonly string[]).includes(j.mediaType ?? '') ? (j.mediaType as TMediaType) : null;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs" data-testid="personal-record">
      <Field label={t('media.contacts.journalists.name')}>{j.name}</Field>
      <Field label={t('media.contacts.journalists.outlet')}>{j.outletName}</Field>
      <Field label={t('media.contacts.journalists.email')}>{j.email}</Field>
      <Field label={t('media.contacts.journalists.phone')}>{j.phone}</Field>
      <Field label={t('media.contacts.journalists.beat')}>{j.beat}</Field>
      <Field label={t('media.contacts.journalists.mediaType')}>{mediaType ? t(`media.mediaType.${mediaType}`) : null}</Field>
      <Field label={t('media.contacts.journalists.region')}>{j.region}</Field>
      <Field label={t('media.contacts.journalists.legalBasis')}>{t(`media.contacts.legalBasis.${j.legalBasis}`)}</Field>
      <Field label={t('media.contacts.journalists.purpose')}>{j.purpose}</Field>
      <Field label={t('media.contacts.journalists.consent')}>
        {j.consentAt
          ? t('media.contacts.journalists.consentValue', { date: format.dateTime(j.consentAt), version: j.consentNoticeVersion ?? '—' })
          : t('media.contacts.journalists.noConsent')}
      </Field>
      <Field label={t('media.contacts.journalists.retentionUntil')}>
        <RetentionDate journalist={j} />
      </Field>
    </SimpleGrid>
  );
}
