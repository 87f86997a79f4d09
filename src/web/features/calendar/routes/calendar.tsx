import { ActionIcon, Badge, Button, Group, Paper, Select, Stack, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { todayIn } from '../../../../shared/format';
import type { THoliday } from '../../../../shared/org';
import { AppModal } from '../../../components/app-modal';
import { useT } from '../../../app/i18n';
import { useCan } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { ErrorAlert, QueryState } from '../../../components/query-state';
import { LocalizedDates } from '../../../lib/dates';
import { useFormat } from '../../../lib/format';
import { useDeleteHoliday, useFiscalYear, useHolidays } from '../api/calendar';
import { HolidayForm } from '../components/holiday-form';
import { Quarters } from '../components/quarters';

/** The first fiscal year Simpul keeps (the demo's year). */
const FIRST_YEAR = 2021;

/** Kalender kerja: a year's holidays and its quarters' working days; editable with org.calendar.update. */
export default function CalendarPage() {
  const { t } = useT();
  const can = useCan();
  const format = useFormat();
  const thisYear = Number(todayIn().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<THoliday | null>(null);
  const holidays = useHolidays(year);
  const fiscalYear = useFiscalYear(year);
  const remove = useDeleteHoliday(year);
  const canEdit = can('org.calendar.update');
  const years = Array.from({ length: thisYear + 2 - FIRST_YEAR }, (_, i) => String(FIRST_YEAR + i));

  const confirmRemove = async () => {
    if (!removing) return;
    try {
      await remove.mutateAsync(removing.id);
    } catch {
      return; // the dialog shows the error
    }
    notifications.show({ color: 'teal', message: t('calendar.removed', { name: removing.name }) });
    setRemoving(null);
  };

  return (
    <LocalizedDates>
      <PageHeader
        title={t('calendar.title')}
        intro={t('calendar.intro')}
        actions={
          <>
            <Select
              label={t('calendar.year')}
              data={years}
              value={String(year)}
              onChange={(value) => value && setYear(Number(value))}
              allowDeselect={false}
              w={120}
            />
            {canEdit ? (
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)} mt={24}>
                {t('calendar.add')}
              </Button>
            ) : null}
          </>
        }
      />
      <Stack gap="lg">
        <section aria-labelledby="quarters-title">
          <Title order={2} size="h4" mb="sm" id="quarters-title">
            {t('calendar.quarters')}
          </Title>
          <QueryState query={fiscalYear}>
            {() =>
              fiscalYear.data ? <Quarters fiscalYear={fiscalYear.data} /> : <Text c="dimmed">{t('calendar.noFiscalYear', { year })}</Text>
            }
          </QueryState>
        </section>
        <section aria-labelledby="holidays-title">
          <Title order={2} size="h4" mb="sm" id="holidays-title">
            {t('calendar.holidays', { year })}
          </Title>
          {canEdit ? null : (
            <Text size="sm" c="dimmed" mb="sm">
              {t('common.readOnly')}
            </Text>
          )}
          <QueryState query={holidays}>
            {() =>
              holidays.data?.length ? (
                <Paper withBorder radius="md">
                  <Table.ScrollContainer minWidth={520}>
                    <Table striped verticalSpacing="xs" data-testid="holidays-table">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">{t('calendar.date')}</Table.Th>
                          <Table.Th scope="col">{t('calendar.name')}</Table.Th>
                          <Table.Th scope="col">{t('calendar.kind')}</Table.Th>
                          {canEdit ? (
                            <Table.Th scope="col">
                              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                            </Table.Th>
                          ) : null}
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {holidays.data.map((holiday) => (
                          <Table.Tr key={holiday.id}>
                            <Table.Td>
                              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                                {format.date(holiday.date)}
                              </Text>
                            </Table.Td>
                            <Table.Td>
                              <Text size="sm">{holiday.name}</Text>
                            </Table.Td>
                            <Table.Td>
                              <Badge variant="light" color={holiday.kind === 'national' ? 'red' : 'orange'}>
                                {t(`calendar.kinds.${holiday.kind}`)}
                              </Badge>
                            </Table.Td>
                            {canEdit ? (
                              <Table.Td>
                                <Tooltip label={t('calendar.remove', { name: holiday.name })}>
                                  <ActionIcon
                                    variant="subtle"
                                    color="red.9"
                                    aria-label={t('calendar.remove', { name: holiday.name })}
                                    onClick={() => {
                                      remove.reset();
                                      setRemoving(holiday);
                                    }}
                                  >
                                    <IconTrash size={18} aria-hidden />
                                  </ActionIcon>
                                </Tooltip>
                              </Table.Td>
                            ) : null}
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                </Paper>
              ) : (
                <Text c="dimmed">{t('common.empty')}</Text>
              )
            }
          </QueryState>
        </section>
      </Stack>
      {adding ? <HolidayForm year={year} onClose={() => setAdding(false)} /> : null}
      <AppModal opened={removing !== null} onClose={() => setRemoving(null)} title={t('common.delete')}>
        {removing ? (
          <Stack gap="md">
            <Text>{t('calendar.confirmRemove', { name: removing.name, date: format.date(removing.date) })}</Text>
            {remove.isError ? <ErrorAlert error={remove.error} /> : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setRemoving(null)}>
                {t('common.cancel')}
              </Button>
              <Button color="red.9" onClick={confirmRemove} loading={remove.isPending}>
                {t('common.delete')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </AppModal>
    </LocalizedDates>
  );
}
