import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { TCreateInterviewRequest, TInterviewOutcomeRequest, TPublicInterviewRequest } from '../../../../shared/media';
import { api, unwrap, unwrapJson } from '../../../lib/api';
import { MEDIA_KEY, useMediaMutation } from './news';

export interface InterviewFilters {
  status?: string;
  from?: string;
  to?: string;
  q?: string;
}

function interviewQuery(filters: InterviewFilters, page: { limit: number; offset: number }) {
  const query: Record<string, string> = { limit: String(page.limit), offset: String(page.offset) };
  for (const [k, v] of Object.entries(filters)) if (v) query[k] = v;
  return query;
}

export function useInterviews(filters: InterviewFilters, page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: [...MEDIA_KEY, 'interviews', filters, page],
    queryFn: () => unwrapJson(api.api.media.interviews.$get({ query: interviewQuery(filters, page) })),
    placeholderData: keepPreviousData,
  });
}

/** The link that downloads the filtered requests as a file (the server records the export). */
export function interviewsExportUrl(filters: InterviewFilters, format: 'xlsx' | 'csv'): string {
  return api.api.media.interviews.$url({ query: { ...interviewQuery(filters, { limit: 50, offset: 0 }), format } }).toString();
}

export function useInterviewSummary(year: number) {
  return useQuery({
    queryKey: [...MEDIA_KEY, 'interview-summary', year],
    queryFn: () => unwrap(api.api.media.interviews.summary.$get({ query: { year: String(year) } })),
  });
}

export function useInterview(id: string) {
  return useQuery({
    queryKey: [...MEDIA_KEY, 'interview', id],
    queryFn: () => unwrap(api.api.media.interviews[':id'].$get({ param: { id } })),
  });
}

export function useCreateInterview() {
  return useMediaMutation((body: TCreateInterviewRequest) => unwrap(api.api.media.interviews.$post({ json: body })));
}

export function useTriage(id: string) {
  return useMediaMutation((body: { priority: 'normal' | 'urgent'; note?: string | null }) =>
    unwrap(api.api.media.interviews[':id'].triage.$post({ param: { id }, json: body })),
  );
}

export function useAssign(id: string) {
  return useMediaMutation((body: { assignedTo: string; spokesperson: string }) =>
    unwrap(api.api.media.interviews[':id'].assign.$post({ param: { id }, json: body })),
  );
}

export function useOutcome(id: string) {
  return useMediaMutation((body: TInterviewOutcomeRequest) =>
    unwrap(api.api.media.interviews[':id'].outcome.$post({ param: { id }, json: body })),
  );
}

/** The people an interview can be assigned to (the coordinator and head see the accounts). */
export function useAssignees(enabled: boolean) {
  return useQuery({
    queryKey: [...MEDIA_KEY, 'assignees'],
    queryFn: () => unwrap(api.api.media.interviews.assignees.$get()),
    enabled,
  });
}

// The public form and status page: no account.
export function usePublicFormInfo() {
  return useQuery({ queryKey: ['public-interview', 'form'], queryFn: () => unwrap(api.api.public['interview-requests'].form.$get()) });
}

export function useSubmitPublicRequest() {
  return useMutation({ mutationFn: (body: TPublicInterviewRequest) => unwrap(api.api.public['interview-requests'].$post({ json: body })) });
}

export function usePublicStatus(code: string) {
  return useQuery({
    queryKey: ['public-interview', 'status', code],
    queryFn: () => unwrap(api.api.public['interview-requests'][':code'].$get({ param: { code } })),
    enabled: code.length > 0,
    retry: false,
  });
}
