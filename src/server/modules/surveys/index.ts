import { createRouter } from '../../platform/router';
import { createInvitations, createInvitationsRoute } from './routes/create-invitations';
import { inviteJournalists, inviteJournalistsRoute } from './routes/invite-journalists';
import { createQuestionnaireVersion, createQuestionnaireVersionRoute } from './routes/create-questionnaire-version';
import { createSurvey, createSurveyRoute } from './routes/create-survey';
import { exportComputation, exportComputationRoute } from './routes/export-computation';
import { getInternalSatisfaction, getInternalSatisfactionRoute } from './routes/get-internal-satisfaction';
import { getPublicSurvey, getPublicSurveyRoute } from './routes/get-public-survey';
import { getResults, getResultsRoute } from './routes/get-results';
import { getSampleSize, getSampleSizeRoute } from './routes/get-sample-size';
import { getSurvey, getSurveyRoute } from './routes/get-survey';
import { getTemplate, getTemplateRoute } from './routes/get-template';
import {
  commitResponsesImport,
  commitResponsesImportRoute,
  previewResponsesImport,
  previewResponsesImportRoute,
} from './routes/import-responses';
import { listInvitations, listInvitationsRoute } from './routes/list-invitations';
import { listResponses, listResponsesRoute } from './routes/list-responses';
import { listSurveys, listSurveysRoute } from './routes/list-surveys';
import { replaceQuestionnaire, replaceQuestionnaireRoute } from './routes/replace-questionnaire';
import {
  createStudyHandler,
  createStudyRoute,
  getStudyHandler,
  getStudyRoute,
  listStudies,
  listStudiesRoute,
  updateStudyHandler,
  updateStudyRoute,
} from './routes/studies';
import { submitResponse, submitResponseRoute } from './routes/submit-response';
import { updateSurvey, updateSurveyRoute } from './routes/update-survey';

export { surveysPolicy } from './policy';
export { SURVEY_MEASURES } from './measures';
export { DEMO_SURVEY_CODES, loadSurveysDemo } from './demo';

/**
 * Surveys: the IKM engine, questionnaires and their versions, public links and invitations,
 * results, the computation sheet, imports, pollsters' studies and internal satisfaction.
 */
export const surveysRouter = createRouter()
  .openapi(getSampleSizeRoute, getSampleSize)
  .openapi(getTemplateRoute, getTemplate)
  .openapi(getInternalSatisfactionRoute, getInternalSatisfaction)
  .openapi(getPublicSurveyRoute, getPublicSurvey)
  .openapi(submitResponseRoute, submitResponse)
  .openapi(listSurveysRoute, listSurveys)
  .openapi(createSurveyRoute, createSurvey)
  .openapi(getSurveyRoute, getSurvey)
  .openapi(updateSurveyRoute, updateSurvey)
  .openapi(replaceQuestionnaireRoute, replaceQuestionnaire)
  .openapi(createQuestionnaireVersionRoute, createQuestionnaireVersion)
  .openapi(createInvitationsRoute, createInvitations)
  .openapi(inviteJournalistsRoute, inviteJournalists)
  .openapi(listInvitationsRoute, listInvitations)
  .openapi(getResultsRoute, getResults)
  .openapi(listResponsesRoute, listResponses)
  .openapi(exportComputationRoute, exportComputation)
  .openapi(previewResponsesImportRoute, previewResponsesImport)
  .openapi(commitResponsesImportRoute, commitResponsesImport)
  .openapi(listStudiesRoute, listStudies)
  .openapi(createStudyRoute, createStudyHandler)
  .openapi(getStudyRoute, getStudyHandler)
  .openapi(updateStudyRoute, updateStudyHandler);
