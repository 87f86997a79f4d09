import { createRouter } from '../router';
import { exportAudit, exportAuditRoute } from './routes/export-audit';
import { getAuditEntry, getAuditEntryRoute } from './routes/get-audit-entry';
import { listAudit, listAuditRoute } from './routes/list-audit';

export { auditPolicy } from './policy';
export { recordAudit } from './record';
export { verifyAuditChain } from './verify';

// The export's path first: `/audit/{id}` would otherwise be asked to read "export" as an id.
export const auditRouter = createRouter()
  .openapi(listAuditRoute, listAudit)
  .openapi(exportAuditRoute, exportAudit)
  .openapi(getAuditEntryRoute, getAuditEntry);
