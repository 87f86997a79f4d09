import type { TFile } from '../../../shared/files';
import type { files } from './schema';

export function presentFile(row: typeof files.$inferSelect): TFile {
  return {
    id: row.id,
    name: row.originalName,
    mime: row.mime,
    size: row.size,
    sha256: row.sha256,
    unitId: row.unitId,
    uploadedBy: row.uploadedBy,
    createdAt: row.createdAt.toISOString(),
    downloadUrl: `/api/files/${row.id}/download`,
  };
}
