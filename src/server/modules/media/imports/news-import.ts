import type { TCommodity, TMediaType, TTone } from '../../../../shared/media';
import { cell } from '../../../platform/imports/cells';
import { defineImport, type ImportColumn, type ImportIssue } from '../../../platform/imports/types';
import { insertNews } from '../news/insert';
import { afterBulkLoad, vacuumAfterImport } from '../news/maintenance';
import { clearStatisticsCache } from '../queries/statistics';
import { mediaPolicy } from '../policy';
import { loadSuggester } from '../tone/suggester';
import { commoditiesCell, dateTimeCell, listCell, urlCell } from './cells';

export interface NewsImportRow {
  publishedAt: string;
  title: string;
  outletName: string;
  mediaType: TMediaType;
  url: string | null;
  summary: string | null;
  journalist: string | null;
  tone: TTone | null;
  issues: string[] | null;
  commodities: TCommodity[] | null;
  spokespersons: string[] | null;
  region: string | null;
}

/**
 * The columns of a news file. The aliases are the headers monitoring vendors' exports commonly
 * use, so such a file often imports as it is; otherwise the mapping step renames its columns.
 */
export const NEWS_COLUMNS: ImportColumn[] = [
  {
    key: 'publishedAt',
    header: { id: 'tanggal terbit', en: 'published' },
    aliases: ['tanggal', 'date', 'published date', 'publish date', 'tgl terbit', 'waktu terbit', 'tanggal berita', 'datetime', 'waktu'],
    required: true,
    schema: dateTimeCell(),
    hint: { id: 'Tanggal dan jam WIB, contoh: 2021-01-28 08:15.', en: 'Date and time (Jakarta), e.g. 2021-01-28 08:15.' },
  },
  {
    key: 'title',
    header: { id: 'judul', en: 'title' },
    aliases: ['headline', 'judul berita', 'news title'],
    required: true,
    schema: cell.text({ min: 3, max: 500 }),
  },
  {
    key: 'outletName',
    header: { id: 'media', en: 'outlet' },
    aliases: ['nama media', 'media name', 'source', 'sumber', 'outlet name', 'portal'],
    required: true,
    schema: cell.text({ min: 2, max: 200 }),
  },
  {
    key: 'mediaType',
    header: { id: 'jenis media', en: 'media type' },
    aliases: ['tipe media', 'kategori media', 'media category', 'channel', 'type'],
    required: true,
    // "Elektronik" is the report's word for TV and radio together; it is read as TV.
    schema: cell.choice<TMediaType>({
      online: 'online',
      daring: 'online',
      'media online': 'online',
      portal: 'online',
      cetak: 'print',
      print: 'print',
      koran: 'print',
      'surat kabar': 'print',
      majalah: 'print',
      tv: 'tv',
      televisi: 'tv',
      television: 'tv',
      elektronik: 'tv',
      electronic: 'tv',
      radio: 'radio',
    }),
    hint: { id: 'online, cetak, tv atau radio (elektronik dibaca tv).', en: 'online, print, tv or radio (electronic is read as tv).' },
  },
  {
    key: 'url',
    header: { id: 'tautan', en: 'url' },
    aliases: ['link', 'url berita', 'link berita', 'article url'],
    required: false,
    schema: urlCell(),
  },
  {
    key: 'summary',
    header: { id: 'ringkasan', en: 'summary' },
    aliases: ['isi', 'content', 'snippet', 'excerpt', 'kutipan', 'lead'],
    required: false,
    schema: cell.text({ max: 5000 }),
  },
  {
    key: 'journalist',
    header: { id: 'wartawan', en: 'journalist' },
    aliases: ['penulis', 'reporter', 'author', 'jurnalis'],
    required: false,
    schema: cell.text({ max: 200 }),
  },
  {
    key: 'tone',
    header: { id: 'tonasi', en: 'tone' },
    aliases: ['sentimen', 'sentiment', 'tonality', 'tonalitas', 'nada'],
    required: false,
    schema: cell.choice<TTone>({
      positif: 'positive',
      netral: 'neutral',
      negatif: 'negative',
      positive: 'positive',
      neutral: 'neutral',
      negative: 'negative',
      pos: 'positive',
      neg: 'negative',
    }),
    hint: { id: 'positif, netral atau negatif; kosong bila belum dinilai.', en: 'positive, neutral or negative; empty when not assessed.' },
  },
  {
    key: 'issues',
    header: { id: 'isu', en: 'issues' },
    aliases: ['topik', 'topic', 'tags', 'isu berita', 'kategori isu'],
    required: false,
    schema: listCell(),
    hint: { id: 'Dipisah titik koma, contoh: Vaksin Nusantara; Vaksin COVID-19.', en: 'Separated by semicolons.' },
  },
  { key: 'commodities', header: { id: 'komoditas', en: 'commodities' }, required: false, schema: commoditiesCell() },
  {
    key: 'spokespersons',
    header: { id: 'narasumber', en: 'spokesperson' },
    aliases: ['spokesperson', 'juru bicara', 'narsum', 'tokoh'],
    required: false,
    schema: listCell(10, 200),
  },
  {
    key: 'region',
    header: { id: 'wilayah', en: 'region' },
    aliases: ['daerah', 'lokasi', 'location', 'provinsi', 'province'],
    required: false,
    schema: cell.text({ max: 120 }),
  },
];

/** A day of slack for time zones and clocks: anything later is a typing error. */
const FUTURE_SLACK_MS = 86_400_000;

/**
 * News from a file (a template, or a vendor's export). Every row is checked before anything is
 * written; on commit the items are stored in bulk, grouped with the stored or earlier item they
 * duplicate (same URL; same headline within three days), and get a suggested tone if they come
 * without one. A tone in the file is the vendor's assessment and counts as confirmed.
 */
export const newsImport = defineImport<NewsImportRow>({
  kind: 'news',
  title: { id: 'Berita', en: 'News' },
  can: (actor) => mediaPolicy['media.news.import'](actor),
  columns: NEWS_COLUMNS,
  maxRows: 50_000,
  async check(_ctx, rows) {
    const issues: ImportIssue[] = [];
    const latest = Date.now() + FUTURE_SLACK_MS;
    for (const { row, data } of rows) {
      if (Date.parse(data.publishedAt) > latest) {
        issues.push({
          row,
          column: 'publishedAt',
          message: { id: 'Tanggal terbit di masa depan.', en: 'The publication date is in the future.' },
        });
      }
    }
    return issues;
  },
  async commit(ctx, rows) {
    const suggester = await loadSuggester(ctx.tx);
    await insertNews(
      ctx.tx,
      rows.map(({ data }) => ({
        ...data,
        publishedAt: new Date(data.publishedAt),
        issues: data.issues ?? [],
        commodities: data.commodities ?? [],
        spokespersons: data.spokespersons ?? [],
      })),
      { source: 'import', actorId: ctx.actor?.id ?? null, toneOrigin: 'import', suggester },
    );
    await afterBulkLoad(ctx.tx, rows.length);
    clearStatisticsCache();
  },
  afterCommit: vacuumAfterImport,
});
