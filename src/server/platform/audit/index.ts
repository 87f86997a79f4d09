import { createRouter } from '../router';
import { exportAudit, exportAuditRoute } from './routes/export-audit';
import { listAudit, listAuditRoute } from './routes/list-audit';

export { auditPolicy } from './policy';
export { recordAudit } from './record';
export { verifyAuditChain } from './verify';

export const auditRouter = createRouter().openapi(listAuditRoute, listAudit).openapi(exportAuditRoute, exportAudit);
