import { createRouter } from '../../platform/router';
import { createNewsHandler, createNewsRoute } from './routes/create-news';
import { getNewsHandler, getNewsRoute } from './routes/get-news';
import { getStatisticsHandler, getStatisticsRoute } from './routes/get-statistics';
import { importColumnsHandler, importColumnsRoute } from './routes/import-columns';
import { importPreviewHandler, importPreviewRoute } from './routes/import-preview';
import { listNewsHandler, listNewsRoute } from './routes/list-news';
import { listQueueHandler, listQueueRoute } from './routes/list-queue';
import { saveImportMappingHandler, saveImportMappingRoute } from './routes/save-import-mapping';
import { setToneHandler, setToneRoute } from './routes/set-tone';
import { updateNewsHandler, updateNewsRoute } from './routes/update-news';

export { mediaPolicy } from './policy';
export { MEDIA_MEASURES } from './measures';
export { loadMediaDemo } from './demo';
export { newsImport } from './imports/news-import';
export { retrainToneJob } from './tone/retrain';

/** Media relations: news monitoring, tone, digests, releases, coverage, interview requests, contacts. */
export function createMediaRouter() {
  return (
    createRouter()
      // Fixed paths before /media/news/{id}, which would otherwise take "queue" for an id.
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
  );
}
