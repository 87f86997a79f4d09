import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTable } from './parse';

const read = (text: string, maxRows = 100) => readTable(new TextEncoder().encode(text), 'berkas.csv', 'en', maxRows);

describe('reading a CSV file', () => {
  it('numbers rows as a spreadsheet does: blank lines stay, a quoted line break is one row, the last line break adds none', async () => {
    const table = await read('\uFEFFjudul;isu\r\n"Satu; dua";A\r\n\r\n"Baris\r\nbaru";B\r\n');
    expect(table.headers).toEqual(['judul', 'isu']);
    expect(table.rows).toEqual([
      { row: 2, cells: ['Satu; dua', 'A'] },
      { row: 3, cells: [undefined] },
      { row: 4, cells: ['Baris\r\nbaru', 'B'] },
    ]);
  });

  it('takes a file of the most rows allowed and refuses one more', async () => {
    const rows = (n: number) => `a,b\n${Array.from({ length: n }, (_, i) => `${i},x`).join('\n')}\n`;
    expect((await read(rows(3), 3)).rows).toHaveLength(3);
    await expect(read(rows(4), 3)).rejects.toMatchObject({ code: 'IMPORT_UNREADABLE' });
  });

  it('names the line of a broken quote', async () => {
    await expect(read('a,b\n1,2\n3,"four\n5,6\n')).rejects.toMatchObject({
      options: { params: { detail: 'line 3: a quote is not closed' } },
    });
    await expect(read('a,b\n1,"2" x\n')).rejects.toMatchObject({
      options: { params: { detail: 'line 2: a closing quote is followed by other characters' } },
    });
  });
});

describe('reading an XLSX file', () => {
  it('keeps the time of a date-time cell, and a date cell as its date', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Berita');
    sheet.addRow(['tanggal terbit', 'judul']);
    // ExcelJS writes a Date's UTC fields as the cell's wall-clock time, and reads them back so.
    sheet.addRow([new Date(Date.UTC(2021, 0, 28, 8, 15)), 'Pagi']);
    sheet.addRow([new Date(Date.UTC(2021, 0, 28, 16, 45, 30)), 'Sore']);
    sheet.addRow([new Date(Date.UTC(2021, 0, 29)), 'Tanggal saja']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const table = await readTable(bytes, 'berita.xlsx', 'en', 100);
    expect(table.rows.map((r) => r.cells[0])).toEqual(['2021-01-28 08:15', '2021-01-28 16:45:30', '2021-01-29']);
  });
});
