import ExcelJS from 'exceljs';
import type { Lang } from '../../../shared/i18n/errors';
import { type ExportFormat, exportRows } from '../exports/export';
import { importText } from './messages';
import type { AnyImportDefinition } from './types';

/**
 * An empty file to fill in: the header row in the user's language. The XLSX one has a second
 * sheet that says which columns are required and how to write them; the CSV is only the header,
 * so it can be filled and sent back as it is.
 */
export async function buildTemplate(definition: AnyImportDefinition, format: ExportFormat, lang: Lang): Promise<Uint8Array> {
  const headers = definition.columns.map((col) => col.header[lang]);
  if (format === 'csv') {
    return exportRows<never>(
      [],
      headers.map((header) => ({ header, value: () => null })),
      'csv',
    );
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Simpul';
  const data = workbook.addWorksheet(definition.title[lang].slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = headers.map((header) => ({ header, width: Math.max(14, header.length + 4) }));
  data.getRow(1).font = { bold: true };

  const help = workbook.addWorksheet(importText('instructions', lang));
  help.columns = [
    { header: importText('column', lang), width: 24 },
    { header: importText('mandatory', lang), width: 10 },
    { header: importText('notes', lang), width: 80 },
  ];
  help.getRow(1).font = { bold: true };
  for (const col of definition.columns) {
    help.addRow([col.header[lang], importText(col.required ? 'yes' : 'no', lang), col.hint?.[lang] ?? '']);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
