import { createRouter } from '../router';
import { downloadFile, downloadFileRoute } from './routes/download-file';
import { getFile, getFileRoute } from './routes/get-file';
import { listFiles, listFilesRoute } from './routes/list-files';
import { uploadFile, uploadFileRoute } from './routes/upload-file';

export { filesPolicy } from './policy';
export { findReadableFile, saveFile } from './upload';
export { checkFileType } from './sniff';

/** Uploads and downloads (spec 90, "Data in and out"). */
export const filesRouter = createRouter()
  .openapi(listFilesRoute, listFiles)
  .openapi(uploadFileRoute, uploadFile)
  .openapi(getFileRoute, getFile)
  .openapi(downloadFileRoute, downloadFile);
