import { createRouter } from '../../platform/router';
import { acknowledgeAlertHandler, acknowledgeAlertRoute } from './routes/acknowledge-alert';
import { anonymizeJournalistHandler, anonymizeJournalistRoute } from './routes/anonymize-journalist';
import { assignInterviewHandler, assignInterviewRoute } from './routes/assign-interview';
import { createDigestHandler, createDigestRoute } from './routes/create-digest';
import { createFeedHandler, createFeedRoute } from './routes/create-feed';
import { createInterviewHandler, createInterviewRoute } from './routes/create-interview';
import { createJournalistHandler, createJournalistRoute } from './routes/create-journalist';
import { createNewsHandler, createNewsRoute } from './routes/create-news';
import { createOutletHandler, createOutletRoute } from './routes/create-outlet';
import { createReleaseHandler, createReleaseRoute } from './routes/create-release';
import { deleteReleaseHandler, deleteReleaseRoute } from './routes/delete-release';
import { exportDigestHandler, exportDigestRoute } from './routes/export-digest';
import { getDigestHandler, getDigestRoute } from './routes/get-digest';
import { getInterviewHandler, getInterviewRoute } from './routes/get-interview';
import { getNewsHandler, getNewsRoute } from './routes/get-news';
import { getSettingsHandler, getSettingsRoute } from './routes/get-settings';
import { getStatisticsHandler, getStatisticsRoute } from './routes/get-statistics';
import { getToneModelHandler, getToneModelRoute } from './routes/get-tone-model';
import { importColumnsHandler, importColumnsRoute } from './routes/import-columns';
import { importPreviewHandler, importPreviewRoute } from './routes/import-preview';
import { interviewSummaryHandler, interviewSummaryRoute } from './routes/interview-summary';
import {
  listDataRequestsHandler,
  listDataRequestsRoute,
  logDataRequestHandler,
  logDataRequestRoute,
  resolveDataRequestHandler,
  resolveDataRequestRoute,
} from './routes/data-requests';
import { journalistPersonalDataHandler, journalistPersonalDataRoute } from './routes/journalist-personal-data';
import { listAlertsHandler, listAlertsRoute } from './routes/list-alerts';
import { listAssigneesHandler, listAssigneesRoute } from './routes/list-assignees';
import { listCoverageHandler, listCoverageRoute } from './routes/list-coverage';
import { listDigestsHandler, listDigestsRoute } from './routes/list-digests';
import { listFeedPollsHandler, listFeedPollsRoute } from './routes/list-feed-polls';
import { listFeedsHandler, listFeedsRoute } from './routes/list-feeds';
import { listInterviewsHandler, listInterviewsRoute } from './routes/list-interviews';
import { listJournalistsHandler, listJournalistsRoute } from './routes/list-journalists';
import { listNewsHandler, listNewsRoute } from './routes/list-news';
import { listOutletsHandler, listOutletsRoute } from './routes/list-outlets';
import { listQueueHandler, listQueueRoute } from './routes/list-queue';
import { listReleasesHandler, listReleasesRoute } from './routes/list-releases';
import { listSubscriptionsHandler, listSubscriptionsRoute } from './routes/list-subscriptions';
import { pollFeedHandler, pollFeedRoute } from './routes/poll-feed';
import { publicFormInfoHandler, publicFormInfoRoute } from './routes/public-form-info';
import { publicGetInterviewHandler, publicGetInterviewRoute } from './routes/public-get-interview';
import { publicSubmitInterviewHandler, publicSubmitInterviewRoute } from './routes/public-submit-interview';
import { recordOutcomeHandler, recordOutcomeRoute } from './routes/record-outcome';
import { requestCoverageHandler, requestCoverageRoute } from './routes/request-coverage';
import { restrictJournalistHandler, restrictJournalistRoute } from './routes/restrict-journalist';
import { retrainToneHandler, retrainToneRoute } from './routes/retrain-tone';
import { saveImportMappingHandler, saveImportMappingRoute } from './routes/save-import-mapping';
import { saveSubscriptionHandler, saveSubscriptionRoute } from './routes/save-subscription';
import { setToneHandler, setToneRoute } from './routes/set-tone';
import { triageInterviewHandler, triageInterviewRoute } from './routes/triage-interview';
import { updateCoverageHandler, updateCoverageRoute } from './routes/update-coverage';
import { updateFeedHandler, updateFeedRoute } from './routes/update-feed';
import { updateJournalistHandler, updateJournalistRoute } from './routes/update-journalist';
import { updateNewsHandler, updateNewsRoute } from './routes/update-news';
import { updateOutletHandler, updateOutletRoute } from './routes/update-outlet';
import { updateReleaseHandler, updateReleaseRoute } from './routes/update-release';
import { updateSettingsHandler, updateSettingsRoute } from './routes/update-settings';

export { mediaPolicy } from './policy';
export { MEDIA_MEASURES } from './measures';
export { loadMediaDemo } from './demo';
export { type InvitableJournalist, invitableJournalists } from './queries/invitable-journalists';
export { newsImport } from './imports/news-import';
export { retrainToneJob } from './tone/retrain';
export { pollFeedsJob } from './feeds/poll';
export { mediaRetentionJob } from './jobs/retention';
export { digestJob } from './digest/create';

/** Media relations: news monitoring, tone, digests, releases, coverage, interview requests, contacts. */
export function createMediaRouter() {
  return (
    createRouter()
      // Fixed paths before the {id} ones, which would otherwise take "queue" or "summary" for an id.
      .openapi(listQueueRoute, listQueueHandler)
      .openapi(setToneRoute, setToneHandler)
      .openapi(importColumnsRoute, importColumnsHandler)
      .openapi(importPreviewRoute, importPreviewHandler)
      .openapi(saveImportMappingRoute, saveImportMappingHandler)
      .openapi(listNewsRoute, listNewsHandler)
      .openapi(createNewsRoute, createNewsHandler)
      .openapi(getNewsRoute, getNewsHandler)
      .openapi(updateNewsRoute, updateNewsHandler)
      .openapi(getStatisticsRoute, getStatisticsHandler)
      .openapi(getToneModelRoute, getToneModelHandler)
      .openapi(retrainToneRoute, retrainToneHandler)
      .openapi(listFeedsRoute, listFeedsHandler)
      .openapi(createFeedRoute, createFeedHandler)
      .openapi(updateFeedRoute, updateFeedHandler)
      .openapi(pollFeedRoute, pollFeedHandler)
      .openapi(listFeedPollsRoute, listFeedPollsHandler)
      .openapi(interviewSummaryRoute, interviewSummaryHandler)
      .openapi(listAssigneesRoute, listAssigneesHandler)
      .openapi(listInterviewsRoute, listInterviewsHandler)
      .openapi(createInterviewRoute, createInterviewHandler)
      .openapi(getInterviewRoute, getInterviewHandler)
      .openapi(triageInterviewRoute, triageInterviewHandler)
      .openapi(assignInterviewRoute, assignInterviewHandler)
      .openapi(recordOutcomeRoute, recordOutcomeHandler)
      .openapi(publicFormInfoRoute, publicFormInfoHandler)
      .openapi(publicSubmitInterviewRoute, publicSubmitInterviewHandler)
      .openapi(publicGetInterviewRoute, publicGetInterviewHandler)
      .openapi(listReleasesRoute, listReleasesHandler)
      .openapi(createReleaseRoute, createReleaseHandler)
      .openapi(updateReleaseRoute, updateReleaseHandler)
      .openapi(deleteReleaseRoute, deleteReleaseHandler)
      .openapi(listCoverageRoute, listCoverageHandler)
      .openapi(requestCoverageRoute, requestCoverageHandler)
      .openapi(updateCoverageRoute, updateCoverageHandler)
      .openapi(listOutletsRoute, listOutletsHandler)
      .openapi(createOutletRoute, createOutletHandler)
      .openapi(updateOutletRoute, updateOutletHandler)
      .openapi(listJournalistsRoute, listJournalistsHandler)
      .openapi(createJournalistRoute, createJournalistHandler)
      .openapi(updateJournalistRoute, updateJournalistHandler)
      .openapi(journalistPersonalDataRoute, journalistPersonalDataHandler)
      .openapi(restrictJournalistRoute, restrictJournalistHandler)
      .openapi(anonymizeJournalistRoute, anonymizeJournalistHandler)
      .openapi(listDataRequestsRoute, listDataRequestsHandler)
      .openapi(logDataRequestRoute, logDataRequestHandler)
      .openapi(resolveDataRequestRoute, resolveDataRequestHandler)
      .openapi(listDigestsRoute, listDigestsHandler)
      .openapi(createDigestRoute, createDigestHandler)
      .openapi(getDigestRoute, getDigestHandler)
      .openapi(exportDigestRoute, exportDigestHandler)
      .openapi(listAlertsRoute, listAlertsHandler)
      .openapi(acknowledgeAlertRoute, acknowledgeAlertHandler)
      .openapi(listSubscriptionsRoute, listSubscriptionsHandler)
      .openapi(saveSubscriptionRoute, saveSubscriptionHandler)
      .openapi(getSettingsRoute, getSettingsHandler)
      .openapi(updateSettingsRoute, updateSettingsHandler)
  );
}
