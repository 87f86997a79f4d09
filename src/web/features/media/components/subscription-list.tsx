import { Button, Card, Group, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useT } from '../../../app/i18n';
import { ErrorAlert, QueryState } from '../../../components/query-state';
import { applyFieldErrors } from '../../../lib/errors';
import { useFormat } from '../../../lib/format';
import { unitName, useUnits } from '../../../lib/units';
import { useSaveSubscription, useSubscriptions } from '../api/settings';

/** Who receives the digest by e-mail: each unit's addresses, switched on or off, and a form to add one. */
export function SubscriptionList() {
  const { t, lang } = useT();
  const format = useFormat();
  const subscriptions = useSubscriptions(true);
  const units = useUnits();
  const toggle = useSaveSubscription();
  const add = useSaveSubscription();
  const form = useForm({ initialValues: { unitId: null as string | null, email: '' } });
  const byId = new Map((units.data ?? []).map((u) => [u.id, u]));
  const nameOf = (id: string) => {
    const unit = byId.get(id);
    return unit ? `${unit.code} — ${unitName(unit, lang)}` : t('media.feeds.subscriptions.unknownUnit');
  };
  const submit = form.onSubmit(async (v) => {
    try {
      // The server checks the unit and the address; an empty unit goes as '' so it names the field.
      const saved = await add.mutateAsync({ unitId: v.unitId ?? '', email: v.email, active: true });
      notifications.show({ color: 'teal', message: t('media.feeds.subscriptions.added', { email: saved.email }) });
      form.reset();
    } catch (error) {
      applyFieldErrors(form, error);
    }
  });

  return (
    <Card withBorder data-testid="subscriptions">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h4">
            {t('media.feeds.subscriptions.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('media.feeds.subscriptions.intro')}
          </Text>
        </Stack>
        <QueryState query={subscriptions}>
          {() => {
            const items = subscriptions.data!;
            if (items.length === 0) return <Text size="sm">{t('media.feeds.subscriptions.empty')}</Text>;
            return (
              <>
                <Text size="sm">
                  {t('media.feeds.subscriptions.count', {
                    active: format.number(items.filter((s) => s.active).length),
                    total: format.number(items.length),
                  })}
                </Text>
                {toggle.isError ? <ErrorAlert error={toggle.error} /> : null}
                <Table.ScrollContainer minWidth={340}>
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('media.feeds.subscriptions.email')}</Table.Th>
                        <Table.Th visibleFrom="sm">{t('media.feeds.subscriptions.unit')}</Table.Th>
                        <Table.Th>{t('media.feeds.subscriptions.active')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {items.map((s) => (
                        <Table.Tr key={s.id} data-testid="subscription">
                          <Table.Td>
                            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                              {s.email}
                            </Text>
                            {/* On a phone the unit goes under the address rather than in a squeezed column. */}
                            <Text size="xs" c="dimmed" hiddenFrom="sm">
                              {nameOf(s.unitId)}
                            </Text>
                          </Table.Td>
                          <Table.Td visibleFrom="sm">{nameOf(s.unitId)}</Table.Td>
                          <Table.Td>
                            <Switch
                              checked={s.active}
                              aria-label={t('media.feeds.subscriptions.toggle', { email: s.email })}
                              disabled={toggle.isPending}
                              onChange={async (e) => {
                                const active = e.currentTarget.checked;
                                await toggle.mutateAsync({ unitId: s.unitId, email: s.email, active });
                                notifications.show({
                                  color: 'teal',
                                  message: t(active ? 'media.feeds.subscriptions.switchedOn' : 'media.feeds.subscriptions.switchedOff', {
                                    email: s.email,
                                  }),
                                });
                              }}
                            />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </>
            );
          }}
        </QueryState>
        <form onSubmit={submit} noValidate data-testid="subscription-form">
          <Stack gap="xs">
            {add.isError ? <ErrorAlert error={add.error} /> : null}
            <Group align="flex-end" gap="sm" wrap="wrap">
              <Select
                label={t('media.feeds.subscriptions.unit')}
                data={(units.data ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: `${u.code} — ${unitName(u, lang)}` }))}
                searchable
                required
                style={{ flex: '1 1 260px' }}
                {...form.getInputProps('unitId')}
              />
              <TextInput
                label={t('media.feeds.subscriptions.email')}
                type="email"
                required
                maxLength={254}
                style={{ flex: '1 1 240px' }}
                {...form.getInputProps('email')}
              />
              <Button type="submit" loading={add.isPending} leftSection={<IconPlus size={16} aria-hidden />}>
                {t('media.feeds.subscriptions.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}
