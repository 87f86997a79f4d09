import { Badge } from '@mantine/core';
import { useT } from '../../../app/i18n';

const COLORS = { scheduled: 'gray', open: 'teal', closed: 'indigo' } as const;

/** A survey's state: scheduled, open or closed (by its dates, or closed early). */
export function SurveyStatusBadge({ status }: { status: keyof typeof COLORS }) {
  const { t } = useT();
  return (
    <Badge variant="light" color={COLORS[status]} radius="sm" tt="none" style={{ minWidth: 'max-content' }} data-status={status}>
      {t(`surveys.statuses.${status}`)}
    </Badge>
  );
}

const GRADE_COLORS = { A: 'teal', B: 'blue', C: 'orange', D: 'red' } as const;

/** The regulation's service-quality grade with its performance label. */
export function GradeBadge({ grade, label }: { grade: string | null; label: string | null }) {
  if (!grade) return null;
  return (
    <Badge
      variant="light"
      color={GRADE_COLORS[grade as keyof typeof GRADE_COLORS] ?? 'gray'}
      radius="sm"
      tt="none"
      size="lg"
      style={{ minWidth: 'max-content' }}
      data-testid="survey-grade"
    >
      {grade} · {label}
    </Badge>
  );
}
