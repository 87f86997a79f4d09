import { Button, Select, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { todayIn } from '../../../../shared/format';
import type { TCoverage } from '../../../../shared/media';
import { UNIT_SCOPED_ROLES } from '../../../../shared/roles';
import { useT } from '../../../app/i18n';
import { useCan, useSession } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { unitName, useUnits } from '../../../lib/units';
import { useCoverage } from '../api/coverage';
import { CoverageList } from '../components/coverage-list';
import { CoveragePerMonth } from '../components/coverage-per-month';
import { CoverageRequestForm } from '../components/coverage-request-form';
import { CoverageUpdateForm } from '../components/coverage-update-form';

/**
 * Peliputan: units ask Humas to cover their strategic activities; Humas records whether each was
 * covered and the actual news (berita aktual) it produced on the website, counted per month. A
 * unit user sees its own unit's requests only (the server filters) and changes none of them.
 */
export default function CoverageScreen() {
  const { t, lang } = useT();
  const can = useCan();
  const me = useSession();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayIn().slice(0, 4));
  // 2021 is the year the demo holds, as on the releases screen.
  const year = Number(params.get('tahun')) || 2021;
  const coverage = useCoverage(year);
  const units = useUnits();
  const [requesting, setRequesting] = useState(false);
  const [editing, setEditing] = useState<TCoverage | null>(null);

  const unitScoped = UNIT_SCOPED_ROLES.includes(me.user.role);
  const canEdit = can('media.coverage.edit');
  const byId = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u])), [units.data]);
  const unitLabel = (id: string) => {
    const unit = byId.get(id);
    return unit ? unitName(unit, lang) : '';
  };

  return (
    <>
      <PageHeader
        title={t('media.coverage.title')}
        intro={unitScoped ? t('media.coverage.introUnit') : t('media.coverage.intro')}
        actions={
          can('media.coverage.request') ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setRequesting(true)}>
              {t('media.coverage.request')}
            </Button>
          ) : null
        }
      />
      <Stack gap="md">
        <Select
          label={t('media.coverage.year')}
          data={Array.from({ length: thisYear - 2014 }, (_, i) => String(thisYear - i))}
          value={String(year)}
          onChange={(v) => setParams({ tahun: v ?? String(thisYear) })}
          allowDeselect={false}
          w={120}
        />
        <QueryState query={coverage}>
          {() => (
            <Stack gap="lg">
              <CoveragePerMonth year={year} byMonth={coverage.data!.byMonth} total={coverage.data!.actualNews} ownUnitOnly={unitScoped} />
              <CoverageList
                // A new year starts at its first page with no filter.
                key={year}
                year={year}
                items={coverage.data!.items}
                unitLabel={unitLabel}
                showUnit={!unitScoped}
                onEdit={canEdit ? setEditing : undefined}
              />
            </Stack>
          )}
        </QueryState>
      </Stack>
      <CoverageRequestForm
        year={year}
        units={units.data ?? []}
        ownUnit={unitScoped ? me.unit : null}
        opened={requesting}
        onClose={() => setRequesting(false)}
      />
      {canEdit ? (
        <CoverageUpdateForm coverage={editing} unit={editing ? unitLabel(editing.unitId) : ''} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
}
