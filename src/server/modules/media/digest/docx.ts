import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Lang } from '../../../../shared/i18n/errors';
import { formatDateTime, formatNumber } from '../../../../shared/format';
import { MEDIA_LABELS } from '../../../../shared/media';
import type { DigestContent, DigestItem } from './content';
import { DIGEST_TEXT } from './text';

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

function itemParagraph(i: DigestItem, lang: Lang): Paragraph {
  const parts: (TextRun | ExternalHyperlink)[] = [
    new TextRun({ text: i.title, bold: true }),
    new TextRun({ text: ` — ${i.outlet}, ${formatDateTime(i.publishedAt, lang)}` }),
  ];
  if (i.url)
    parts.push(
      new TextRun({ text: ' ' }),
      new ExternalHyperlink({ link: i.url, children: [new TextRun({ text: i.url, style: 'Hyperlink' })] }),
    );
  return new Paragraph({ children: parts, bullet: { level: 0 } });
}

/** The digest as a Word document (and, through LibreOffice, as PDF). */
export async function digestDocx(content: DigestContent, lang: Lang, agency: string | null): Promise<Uint8Array> {
  const t = DIGEST_TEXT[lang];
  const title = agency ? `${t.title} ${agency}` : t.title;
  const n = (v: number) => formatNumber(v, 0, lang);
  const tones = ['positive', 'neutral', 'negative'] as const;
  const groups = ['online', 'print', 'electronic'] as const;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: `${t.window}: ${formatDateTime(content.windowFrom, lang)} – ${formatDateTime(content.windowTo, lang)}` }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          children: [
            cell(t.total, true),
            ...tones.map((k) => cell(MEDIA_LABELS.tone[k][lang], true)),
            ...groups.map((g) => cell(MEDIA_LABELS.mediaGroup[g][lang], true)),
          ],
        }),
        new TableRow({
          children: [
            cell(n(content.total)),
            ...tones.map((k) => cell(n(content.byTone[k]))),
            ...groups.map((g) => cell(n(content.byMediaGroup[g]))),
          ],
        }),
      ],
    }),
  ];
  if (content.total === 0) children.push(new Paragraph({ text: t.none }));
  if (content.alerts.length) {
    children.push(new Paragraph({ text: t.warning, heading: HeadingLevel.HEADING_1 }));
    for (const a of content.alerts) {
      const what = a.kind === 'negative' ? t.negativeTone : `${t.issue} "${a.subject}"`;
      children.push(
        new Paragraph({
          text: `${what}: ${n(a.count)} ${t.items} (${t.usual} ${formatNumber(a.threshold, 1, lang)})`,
          bullet: { level: 0 },
        }),
      );
    }
  }
  if (content.negative.length) {
    children.push(new Paragraph({ text: t.negative, heading: HeadingLevel.HEADING_1 }));
    for (const i of content.negative) children.push(itemParagraph(i, lang));
  }
  if (content.rising.length) {
    children.push(new Paragraph({ text: t.rising, heading: HeadingLevel.HEADING_1 }));
    for (const r of content.rising)
      children.push(
        new Paragraph({ text: `${r.issue}: ${n(r.count)} (${t.normally} ${formatNumber(r.usual, 1, lang)})`, bullet: { level: 0 } }),
      );
  }
  if (content.latest.length) {
    children.push(new Paragraph({ text: t.latest, heading: HeadingLevel.HEADING_1 }));
    for (const i of content.latest) children.push(itemParagraph(i, lang));
  }
  children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: 'Simpul', italics: true, size: 16 })] }));
  const doc = new Document({ creator: 'Simpul', title, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
