import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { TIndicatorEvaluation } from '../../../../shared/performance';
import { useT } from '../../../app/i18n';
import { useCan } from '../../../app/session';
import { errorText } from '../../../lib/errors';
import { type TransitionAction, useTransitionRealization } from '../api/performance';
import type { PerfFormat } from '../lib/format';
import { localText } from '../lib/text';

/**
 * Submit (the responsible group or the planner), approve or return (the head) one period's
 * realization. Buttons follow the status and the user's permissions; the server has the last
 * word (the group of the indicator, the evidence), and its refusal is shown here.
 */
export function WorkflowActions({
  indicatorId,
  source,
  period,
  status,
  format,
}: {
  indicatorId: string;
  source: 'computed' | 'manual';
  period: number;
  status: TIndicatorEvaluation['status'];
  format: PerfFormat;
}) {
  const { t, lang } = useT();
  const can = useCan();
  const transition = useTransitionRealization(indicatorId);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [commentError, setCommentError] = useState<string | null>(null);

  // A computed indicator may be submitted before anything is stored: the server counts it then.
  const submittable = status === 'draft' || status === 'returned' || (source === 'computed' && status === 'none');
  const actions: TransitionAction[] = [];
  if (submittable && can('performance.realization.submit')) actions.push('submit');
  if (status === 'submitted' && can('performance.realization.approve')) actions.push('approve', 'return');
  if (actions.length === 0) return null;

  const run = async (action: TransitionAction) => {
    setError(null);
    setCommentError(null);
    try {
      await transition.mutateAsync({ period, action, comment: comment.trim() || undefined });
      notifications.show({ color: 'teal', message: t(`performance.entry.done.${action}`, { period: format.period(period) }) });
      setComment('');
    } catch (e) {
      const field = e && typeof e === 'object' && 'fields' in e ? (e.fields as { path: string; message: string }[]) : [];
      const onComment = field.find((f) => f.path === 'comment');
      if (onComment) setCommentError(localText(onComment.message, lang));
      else setError(e);
    }
  };

  return (
    <Stack gap="sm" data-testid="workflow">
      <Textarea
        label={t('performance.entry.comment')}
        description={actions.includes('return') ? t('performance.entry.commentHint') : undefined}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        error={commentError}
        autosize
        minRows={2}
        maw={560}
      />
      {error ? (
        <Alert color="red" role="alert" data-testid="workflow-error">
          {errorText(error, t)}
        </Alert>
      ) : null}
      <Group gap="sm">
        {actions.map((action) => (
          <Button
            key={action}
            variant={action === 'return' ? 'default' : 'filled'}
            color={action === 'approve' ? 'teal.9' : undefined}
            loading={transition.isPending && transition.variables?.action === action}
            disabled={transition.isPending}
            onClick={() => run(action)}
          >
            {t(`performance.entry.${action}`)}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
