import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCreateSurveyRequest, TQuestionnaire, TSubmitResponseRequest } from '../../../../shared/surveys';
import { api, unwrap } from '../../../lib/api';

/** Every survey query starts with this key: one invalidation refreshes them after a change. */
const KEY = ['surveys'] as const;

export function useSurveys(year: number | null) {
  return useQuery({
    queryKey: [...KEY, 'list', year],
    queryFn: () => unwrap(api.api.surveys.$get({ query: year ? { year: String(year) } : {} })),
    placeholderData: keepPreviousData,
  });
}

export function useSurvey(id: string) {
  return useQuery({ queryKey: [...KEY, 'survey', id], queryFn: () => unwrap(api.api.surveys[':id'].$get({ param: { id } })) });
}

export function useResults(id: string, by: string | null) {
  return useQuery({
    queryKey: [...KEY, 'results', id, by],
    queryFn: () => unwrap(api.api.surveys[':id'].results.$get({ param: { id }, query: by ? { by } : {} })),
    placeholderData: keepPreviousData,
  });
}

export function useStudies(year: number | null) {
  return useQuery({
    queryKey: [...KEY, 'studies', year],
    queryFn: () => unwrap(api.api['survey-studies'].$get({ query: year ? { year: String(year) } : {} })),
  });
}

export function useInternalSatisfaction(year: number) {
  return useQuery({
    queryKey: [...KEY, 'internal', year],
    queryFn: () => unwrap(api.api['survey-tools']['internal-satisfaction'].$get({ query: { year: String(year) } })),
  });
}

export async function fetchTemplate(expectations: boolean): Promise<TQuestionnaire> {
  return unwrap(api.api['survey-tools']['skm-template'].$get({ query: { expectations: expectations ? 'true' : 'false' } }));
}

/** A mutation that refreshes every survey view once it succeeds. */
function useSurveyMutation<A, R>(fn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }) });
}

export function useCreateSurvey() {
  return useSurveyMutation((body: TCreateSurveyRequest) => unwrap(api.api.surveys.$post({ json: body })));
}

export function useCloseSurvey(id: string) {
  return useSurveyMutation(() => unwrap(api.api.surveys[':id'].$patch({ param: { id }, json: { closed: true } })));
}

export function useSaveQuestionnaire(id: string) {
  return useSurveyMutation(({ questionnaire, asVersion }: { questionnaire: TQuestionnaire; asVersion: boolean }) =>
    asVersion
      ? unwrap(api.api.surveys[':id'].questionnaire.versions.$post({ param: { id }, json: { questionnaire } }))
      : unwrap(api.api.surveys[':id'].questionnaire.$put({ param: { id }, json: { questionnaire } })),
  );
}

export function useCreateInvitations(id: string) {
  return useSurveyMutation((count: number) => unwrap(api.api.surveys[':id'].invitations.$post({ param: { id }, json: { count } })));
}

/** One invitation per journalist of the media contacts who may be contacted; `servedInYear` narrows to those served that year. */
export function useInviteJournalists(id: string) {
  return useSurveyMutation((servedInYear: number | null) =>
    unwrap(api.api.surveys[':id'].invitations.journalists.$post({ param: { id }, json: { servedInYear } })),
  );
}

export function usePreviewImport(id: string) {
  return useMutation({
    mutationFn: (file: File) => unwrap(api.api.surveys[':id'].imports.preview.$post({ param: { id }, form: { file } })),
  });
}

export function useCommitImport(id: string) {
  return useSurveyMutation((batchId: string) =>
    unwrap(api.api.surveys[':id'].imports[':batchId'].commit.$post({ param: { id, batchId } })),
  );
}

/** Download addresses of a survey's computation sheet and responses. */
export function downloadUrls(id: string) {
  const path = (url: URL) => `${url.pathname}${url.search}`;
  return {
    computation: path(api.api.surveys[':id']['computation.xlsx'].$url({ param: { id } })),
    xlsx: path(api.api.surveys[':id'].responses.$url({ param: { id }, query: { format: 'xlsx' } })),
    csv: path(api.api.surveys[':id'].responses.$url({ param: { id }, query: { format: 'csv' } })),
  };
}

// The respondent's page (no account).

export function usePublicSurvey(token: string) {
  return useQuery({
    queryKey: ['public-survey', token],
    queryFn: () => unwrap(api.api.public.surveys[':token'].$get({ param: { token } })),
    retry: false,
    refetchOnWindowFocus: false,
  });
}

export function useSubmitResponse(token: string) {
  return useMutation({
    mutationFn: (body: TSubmitResponseRequest) =>
      unwrap(api.api.public.surveys[':token'].responses.$post({ param: { token }, json: body })),
  });
}
