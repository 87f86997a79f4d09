import { ActionIcon, Anchor, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Table, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatMonth, todayIn } from '../../../../shared/format';
import type { TRelease } from '../../../../shared/media';
import { useT } from '../../../app/i18n';
import { useCan } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useFormat } from '../../../lib/format';
import { releasesExportUrl, useDeleteRelease, useReleases } from '../api/releases';
import { ExportButtons } from '../components/export-buttons';
import { ReleaseForm } from '../components/release-form';

/** Siaran pers: the year's press releases and clarifications, counted per month and per commodity. */
export default function ReleasesScreen() {
  const { t, lang } = useT();
  const can = useCan();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayIn().slice(0, 4));
  const year = Number(params.get('tahun')) || 2021;
  const releases = useReleases(year);
  const remove = useDeleteRelease();
  const [editing, setEditing] = useState<TRelease | null>(null);
  const [open, setOpen] = useState(false);
  const edit = (r: TRelease | null) => {
    setEditing(r);
    setOpen(true);
  };
  return (
    <>
      <PageHeader
        title={t('media.releases.title')}
        intro={t('media.releases.intro')}
        actions={
          <>
            <ExportButtons url={(format) => releasesExportUrl(year, format)} />
            {can('media.release.edit') ? (
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => edit(null)}>
                {t('media.releases.add')}
              </Button>
            ) : null}
          </>
        }
      />
      <Stack gap="md">
        <Select
          label={t('media.releases.year')}
          data={Array.from({ length: thisYear - 2014 }, (_, i) => String(thisYear - i))}
          value={String(year)}
          onChange={(v) => setParams({ tahun: v ?? String(thisYear) })}
          allowDeselect={false}
          w={120}
        />
        <QueryState query={releases}>
          {() => {
            const data = releases.data!;
            return (
              <Stack gap="md">
                <SimpleGrid cols={{ base: 1, md: 2 }}>
                  <Card withBorder>
                    <Title order={2} size="h5" mb="xs">
                      {t('media.releases.perMonth')}
                    </Title>
                    <Table data-testid="releases-per-month">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th />
                          <Table.Th ta="right">{t('media.releaseKind.press_release')}</Table.Th>
                          <Table.Th ta="right">{t('media.releaseKind.clarification')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {data.byMonth.map((m) => (
                          <Table.Tr key={m.month}>
                            <Table.Td>{formatMonth(m.month, lang)}</Table.Td>
                            <Table.Td ta="right">{format.number(m.pressRelease)}</Table.Td>
                            <Table.Td ta="right">{format.number(m.clarification)}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Card>
                  <Card withBorder>
                    <Title order={2} size="h5" mb="xs">
                      {t('media.releases.perCommodity')}
                    </Title>
                    <Table>
                      <Table.Tbody>
                        {data.byCommodity.map((c) => (
                          <Table.Tr key={c.commodity}>
                            <Table.Td>{t(`media.commodity.${c.commodity}`)}</Table.Td>
                            <Table.Td ta="right">{format.number(c.pressRelease)}</Table.Td>
                            <Table.Td ta="right">{format.number(c.clarification)}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Card>
                </SimpleGrid>
                <Table.ScrollContainer minWidth={800}>
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('media.releases.date')}</Table.Th>
                        <Table.Th>{t('media.releases.number')}</Table.Th>
                        <Table.Th>{t('media.releases.kind')}</Table.Th>
                        <Table.Th>{t('media.releases.headline')}</Table.Th>
                        <Table.Th>{t('media.releases.commodities')}</Table.Th>
                        {can('media.release.edit') ? <Table.Th>{t('common.actions')}</Table.Th> : null}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.items.map((r) => (
                        <Table.Tr key={r.id}>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(r.date)}</Table.Td>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.number}</Table.Td>
                          <Table.Td>
                            <Badge variant="light" color={r.kind === 'clarification' ? 'orange' : 'blue'}>
                              {t(`media.releaseKind.${r.kind}`)}
                            </Badge>
                          </Table.Td>
                          <Table.Td>
                            {r.link ? (
                              <Anchor href={r.link} target="_blank" rel="noopener noreferrer">
                                {r.title}
                              </Anchor>
                            ) : (
                              r.title
                            )}
                          </Table.Td>
                          <Table.Td>{r.commodities.map((c) => t(`media.commodity.${c}`)).join(', ')}</Table.Td>
                          {can('media.release.edit') ? (
                            <Table.Td>
                              <Group gap={4} wrap="nowrap">
                                <ActionIcon variant="subtle" aria-label={`${t('common.edit')} ${r.number}`} onClick={() => edit(r)}>
                                  <IconPencil size={16} />
                                </ActionIcon>
                                <ActionIcon
                                  variant="subtle"
                                  color="red"
                                  aria-label={`${t('common.delete')} ${r.number}`}
                                  onClick={() =>
                                    window.confirm(t('media.releases.confirmDelete', { number: r.number })) && remove.mutate(r.id)
                                  }
                                >
                                  <IconTrash size={16} />
                                </ActionIcon>
                              </Group>
                            </Table.Td>
                          ) : null}
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Stack>
            );
          }}
        </QueryState>
      </Stack>
      <ReleaseForm release={editing} opened={open} onClose={() => setOpen(false)} />
    </>
  );
}
