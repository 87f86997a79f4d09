import { ActionIcon, Anchor, Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { TCoverage } from '../../../../shared/media';
import { useT } from '../../../app/i18n';
import { useFormat } from '../../../lib/format';

const STATUS_COLOR: Record<TCoverage['status'], string> = { requested: 'yellow', covered: 'teal', not_covered: 'gray' };

export interface CoverageItemsProps {
  rows: readonly TCoverage[];
  unitLabel: (unitId: string) => string;
  showUnit: boolean;
  /** Opens the update dialog; absent for those who may not edit (no control is shown). */
  onEdit?: (coverage: TCoverage) => void;
}

function StatusBadge({ status }: { status: TCoverage['status'] }) {
  const { t } = useT();
  // Never cut to "DIL…" when the table is narrow.
  return (
    <Badge variant="light" color={STATUS_COLOR[status]} miw="max-content">
      {t(`media.coverage.statuses.${status}`)}
    </Badge>
  );
}

/** Where the activity took place and the service-desk ticket it came from, on one line. */
function Details({ coverage }: { coverage: TCoverage }) {
  const { t } = useT();
  return (
    <Text size="xs" c="dimmed">
      {[t(`media.coverage.locations.${coverage.location}`), coverage.place, coverage.serviceRequestRef].filter(Boolean).join(' · ')}
    </Text>
  );
}

/** What came of a request: the actual news (linked) once published, or where the request stands. */
function Outcome({ coverage }: { coverage: TCoverage }) {
  const { t } = useT();
  const format = useFormat();
  if (coverage.status === 'requested') return <Text size="sm">{t('media.coverage.waiting')}</Text>;
  if (coverage.status === 'not_covered') return <Text size="sm">{t('media.coverage.notCovered')}</Text>;
  if (!coverage.newsTitle && !coverage.newsUrl) return <Text size="sm">{t('media.coverage.noNewsYet')}</Text>;
  const title = coverage.newsTitle || coverage.newsUrl;
  return (
    <Stack gap={0}>
      {coverage.newsUrl ? (
        <Anchor size="sm" href={coverage.newsUrl} target="_blank" rel="noopener noreferrer">
          {title}
        </Anchor>
      ) : (
        <Text size="sm">{title}</Text>
      )}
      {coverage.newsPublishedDate ? (
        <Text size="xs" c="dimmed">
          {t('media.coverage.published', { date: format.date(coverage.newsPublishedDate) })}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The requests as a table (wide screens). */
export function CoverageTable({ rows, unitLabel, showUnit, onEdit }: CoverageItemsProps) {
  const { t } = useT();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={showUnit ? 880 : 720}>
      <Table striped data-testid="coverage-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('media.coverage.activityDate')}</Table.Th>
            <Table.Th>{t('media.coverage.activity')}</Table.Th>
            {showUnit ? <Table.Th>{t('media.coverage.unit')}</Table.Th> : null}
            <Table.Th>{t('media.coverage.status')}</Table.Th>
            <Table.Th>{t('media.coverage.outcome')}</Table.Th>
            {onEdit ? <Table.Th>{t('common.actions')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((c) => (
            <Table.Tr key={c.id} data-testid="coverage-item">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(c.activityDate)}</Table.Td>
              <Table.Td>
                <Text size="sm">{c.activity}</Text>
                <Details coverage={c} />
              </Table.Td>
              {showUnit ? <Table.Td>{unitLabel(c.unitId)}</Table.Td> : null}
              <Table.Td>
                <StatusBadge status={c.status} />
              </Table.Td>
              <Table.Td>
                <Outcome coverage={c} />
              </Table.Td>
              {onEdit ? (
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('media.coverage.updateLabel', { activity: c.activity })}
                    onClick={() => onEdit(c)}
                  >
                    <IconPencil size={16} />
                  </ActionIcon>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The requests as cards (a phone): the status and outcome stay in sight instead of off to the right of a table. */
export function CoverageCards({ rows, unitLabel, showUnit, onEdit }: CoverageItemsProps) {
  const { t } = useT();
  const format = useFormat();
  return (
    <Stack gap="xs" data-testid="coverage-list" role="list">
      {rows.map((c) => (
        <Card key={c.id} withBorder padding="sm" role="listitem" data-testid="coverage-item">
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" c="dimmed">
                {format.date(c.activityDate)}
              </Text>
              <StatusBadge status={c.status} />
            </Group>
            <div>
              <Text size="sm" fw={600}>
                {c.activity}
              </Text>
              <Details coverage={c} />
              {showUnit ? <Text size="xs">{unitLabel(c.unitId)}</Text> : null}
            </div>
            <Outcome coverage={c} />
            {onEdit ? (
              <Group justify="flex-end">
                <Button
                  variant="light"
                  size="xs"
                  leftSection={<IconPencil size={14} aria-hidden />}
                  aria-label={t('media.coverage.updateLabel', { activity: c.activity })}
                  onClick={() => onEdit(c)}
                >
                  {t('media.coverage.update')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
