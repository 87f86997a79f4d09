import type { useResults, useSurvey } from '../api/surveys';

/** A survey's results and details as the API returns them (types follow the server's routes). */
export type SurveyResults = NonNullable<ReturnType<typeof useResults>['data']>;
export type SurveyDetail = NonNullable<ReturnType<typeof useSurvey>['data']>;
