import { Alert, Anchor, Box, Button, Checkbox, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { Copyable } from '../../../components/copyable';
import { usePageTitle } from '../../../components/page-header';
import { ErrorAlert } from '../../../components/query-state';
import { applyFieldErrors } from '../../../lib/errors';
import { usePublicFormInfo, useSubmitPublicRequest } from '../api/interviews';
import { PublicFrame } from '../components/public-frame';
import { MEDIA_TYPE_KEYS } from '../lib/vocabulary';
import { jakartaMoment } from '../../../lib/jakarta-time';

/**
 * The public interview-request form: no account; consent to the privacy notice; the hidden
 * "website" field is left empty by people and filled by robots (then nothing is stored).
 */
export default function PublicRequestPage() {
  const { t } = useT();
  usePageTitle(t('media.public.title'));
  const info = usePublicFormInfo();
  const submit = useSubmitPublicRequest();
  const [ack, setAck] = useState<{ number: string; trackingCode: string } | null>(null);
  const form = useForm({
    initialValues: {
      outletName: '',
      mediaType: 'online',
      journalistName: '',
      contactEmail: '',
      contactPhone: '',
      topic: '',
      questions: '',
      wantedAt: '',
      deadline: '',
      preferredSpokesperson: '',
      consent: false,
      website: '',
    },
    // Said when the button is pressed, rather than a button greyed out until the box is ticked,
    // which leaves the journalist to guess why it does nothing.
    validate: { consent: (v) => (v ? null : t('media.public.consentRequired')) },
  });
  const onSubmit = form.onSubmit(async (v) => {
    try {
      const result = await submit.mutateAsync({
        outletName: v.outletName,
        mediaType: v.mediaType as 'online',
        journalistName: v.journalistName,
        contactEmail: v.contactEmail,
        contactPhone: v.contactPhone || null,
        topic: v.topic,
        questions: v.questions,
        wantedAt: jakartaMoment(v.wantedAt),
        deadline: jakartaMoment(v.deadline),
        preferredSpokesperson: v.preferredSpokesperson || null,
        consent: v.consent as true,
        noticeVersion: info.data?.noticeVersion ?? '',
        website: v.website,
      });
      setAck(result);
      window.scrollTo({ top: 0 });
    } catch (error) {
      applyFieldErrors(form, error);
    }
  });

  if (ack) {
    return (
      <PublicFrame>
        <Stack gap="md" data-testid="acknowledgement">
          <Group gap="xs">
            <IconCircleCheck color="var(--mantine-color-teal-7)" aria-hidden />
            <Title order={1} size="h3">
              {t('media.public.thanks')}
            </Title>
          </Group>
          <Text>{t('media.public.thanksText', { number: ack.number })}</Text>
          <Copyable value={ack.trackingCode} testId="tracking-code" fz="lg" />
          <Group>
            <Button component={Link} to={`/wawancara/status/${ack.trackingCode}`}>
              {t('media.public.follow')}
            </Button>
            <Anchor
              component="button"
              onClick={() => {
                setAck(null);
                form.reset();
              }}
            >
              {t('media.public.newRequest')}
            </Anchor>
          </Group>
        </Stack>
      </PublicFrame>
    );
  }
  return (
    <PublicFrame>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={1} size="h2">
            {t('media.public.title')}
          </Title>
          <Text size="sm">{t('media.public.intro')}</Text>
          {submit.isError ? <ErrorAlert error={submit.error} /> : null}
          <TextInput label={t('media.public.outlet')} required maxLength={200} {...form.getInputProps('outletName')} />
          <Select
            label={t('media.public.mediaType')}
            data={MEDIA_TYPE_KEYS.map((k) => ({ value: k, label: t(`media.mediaType.${k}`) }))}
            allowDeselect={false}
            {...form.getInputProps('mediaType')}
          />
          <TextInput
            label={t('media.public.name')}
            required
            maxLength={200}
            autoComplete="name"
            {...form.getInputProps('journalistName')}
          />
          {/* Side by side from 576 px; one under the other on a phone, where most journalists fill it in. */}
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput label={t('media.public.email')} required type="email" autoComplete="email" {...form.getInputProps('contactEmail')} />
            <TextInput label={t('media.public.phone')} type="tel" autoComplete="tel" {...form.getInputProps('contactPhone')} />
          </SimpleGrid>
          <TextInput label={t('media.public.topic')} required maxLength={300} {...form.getInputProps('topic')} />
          <Textarea
            label={t('media.public.questions')}
            required
            autosize
            minRows={4}
            maxLength={5000}
            {...form.getInputProps('questions')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput label={t('media.public.wantedAt')} type="datetime-local" {...form.getInputProps('wantedAt')} />
            <TextInput label={t('media.public.deadline')} type="datetime-local" {...form.getInputProps('deadline')} />
          </SimpleGrid>
          <TextInput label={t('media.public.preferred')} maxLength={200} {...form.getInputProps('preferredSpokesperson')} />
          {/* Hidden from people (and from screen readers); robots fill every field they find. */}
          <Box aria-hidden style={{ position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' }}>
            <TextInput label={t('media.public.website')} tabIndex={-1} autoComplete="off" {...form.getInputProps('website')} />
          </Box>
          <Alert color="gray" variant="light">
            <Text size="sm">{t('media.public.notice')}</Text>
          </Alert>
          <Checkbox
            label={t('media.public.consent', { version: info.data?.noticeVersion ?? '' })}
            {...form.getInputProps('consent', { type: 'checkbox' })}
            data-testid="consent"
          />
          {info.data ? (
            <Text size="xs" c="dimmed">
              {t('media.public.limit', { count: info.data.maxPerHour })}
            </Text>
          ) : null}
          <Group justify="space-between">
            <Anchor component={Link} to="/wawancara/status" size="sm">
              {t('media.public.statusTitle')}
            </Anchor>
            <Button type="submit" loading={submit.isPending} disabled={!info.data}>
              {t('media.public.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </PublicFrame>
  );
}
