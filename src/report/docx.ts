/**
 * The report as a Word document, written by the `docx` library (no Office Open XML by hand):
 * real headings (Title, Heading 1, Heading 2), tables whose header row repeats on each page,
 * the title, subject and organisation in the document properties, a footer with the page number
 * and, for a draft, "DRAFT: n errors" in the header and footer of every page. A chart is a
 * picture (its SVG, with the PNG Word needs beside it) whose alt text is its text equivalent;
 * without a PNG the chart's place holds that text equivalent instead.
 */

import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from "docx";
import type { ReportBlock, ReportChart, ReportDocument, ReportSection, ReportTable } from "./model";

const DRAFT_COLOUR = "A4161A";
const MUTED_COLOUR = "4D5562";
const HEADER_FILL = "EEF1F4";
const LINE_COLOUR = "C9CED6";
/** A4 with 2 cm margins: the text is 17 cm wide, 9,638 twentieths of a point. */
const A4 = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = A4.width - 2 * A4.margin;
/** The widest a chart may be drawn, in pixels at 96 to the inch (17 cm). */
const MAX_CHART_PX = Math.floor((TEXT_WIDTH / 1440) * 96);

const border = { style: BorderStyle.SINGLE, size: 4, color: LINE_COLOUR };
const CELL_BORDERS = { top: border, bottom: border, left: border, right: border };

function cell(text: string, width: number, options: { header?: boolean; numeric?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: CELL_BORDERS,
    shading: options.header ? { type: ShadingType.CLEAR, color: "auto", fill: HEADER_FILL } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: options.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.header, size: 19 })],
      }),
    ],
  });
}

/** The columns' widths across the text: words get twice the room of figures, the row headers more. */
function columnWidths(t: ReportTable): number[] {
  const weights = t.columns.map((c, i) => (i === 0 ? 3 : c.numeric ? 1.5 : 2));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));
}

function tableOf(t: ReportTable): FileChild[] {
  const widths = columnWidths(t);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map((c, i) => cell(c.header, widths[i], { header: true, numeric: c.numeric })),
  });
  const rows = t.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((text, i) => cell(text, widths[i], { numeric: t.columns[i]?.numeric })),
      }),
  );
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 160, after: 60 },
      children: [new TextRun({ text: t.caption, bold: true })],
    }),
    new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

function chartOf(chart: ReportChart): FileChild[] {
  const caption = new Paragraph({
    spacing: { after: 160 },
    children: [new TextRun({ text: `${chart.title}: ${chart.text.caption}`, italics: true, color: MUTED_COLOUR })],
  });
  if (!chart.png) {
    // No raster for Word beside the SVG: the chart's text equivalent stands in its place.
    const t = chart.text.table;
    return [
      caption,
      ...tableOf({
        caption: chart.title,
        columns: t.columns.map((header, i) => ({ header, numeric: i > 0 })),
        rows: t.rows.map((r) => [r.header, ...r.cells]),
      }),
    ];
  }
  const scale = Math.min(1, MAX_CHART_PX / chart.width);
  const picture = new ImageRun({
    type: "svg",
    data: new TextEncoder().encode(chart.svg),
    fallback: { type: "png", data: chart.png },
    transformation: { width: Math.round(chart.width * scale), height: Math.round(chart.height * scale) },
    altText: { name: chart.title, title: chart.title, description: chart.text.caption },
  });
  return [new Paragraph({ keepNext: true, children: [picture] }), caption];
}

function blockOf(block: ReportBlock): FileChild[] {
  switch (block.kind) {
    case "paragraph":
      return [
        new Paragraph({
          spacing: { after: 120 },
          children: [
            new TextRun({
              text: block.text,
              bold: block.tone === "lead",
              color: block.tone === "note" ? MUTED_COLOUR : undefined,
              size: block.tone === "note" ? 19 : undefined,
            }),
          ],
        }),
      ];
    case "facts":
      return block.facts.map(
        (f) =>
          new Paragraph({
            spacing: { after: 40 },
            children: [new TextRun({ text: `${f.label}: `, bold: true }), new TextRun({ text: f.text })],
          }),
      );
    case "list":
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }));
    case "table":
      return tableOf(block.table);
    case "chart":
      return chartOf(block.chart);
  }
}

function sectionOf(s: ReportSection, level: 1 | 2): FileChild[] {
  return [
    new Paragraph({
      heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
      keepNext: true,
      pageBreakBefore: level === 1 && s.id !== "summary",
      children: [new TextRun(s.heading)],
    }),
    ...s.blocks.flatMap(blockOf),
    ...s.subsections.flatMap((sub) => sectionOf(sub, 2)),
  ];
}

const draftRunOptions = (draft: string) => ({ text: draft, bold: true, color: DRAFT_COLOUR });
const draftRun = (draft: string) => new TextRun(draftRunOptions(draft));

function pageHeader(doc: ReportDocument): Header {
  const running = `${doc.title}: ${doc.organisation}`;
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: doc.draft
          ? [draftRun(doc.draft), new TextRun({ text: `  ${running}`, color: MUTED_COLOUR, size: 18 })]
          : [new TextRun({ text: running, color: MUTED_COLOUR, size: 18 })],
      }),
    ],
  });
}

function pageFooter(doc: ReportDocument): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          ...(doc.draft ? [draftRun(doc.draft), new TextRun("  ")] : []),
          new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], size: 18 }),
        ],
      }),
    ],
  });
}

function titleBlock(doc: ReportDocument): FileChild[] {
  return [
    ...(doc.draft
      ? [
          new Paragraph({
            spacing: { after: 120 },
            children: [new TextRun({ ...draftRunOptions(doc.draft), size: 28 })],
          }),
        ]
      : []),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
    new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text: doc.organisation, size: 30 })] }),
    ...doc.subtitle.map(
      (line) => new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: line, color: MUTED_COLOUR })] }),
    ),
  ];
}

/** The Word document, built but not yet packed. */
export function wordDocument(doc: ReportDocument, creator = "wres"): Document {
  return new Document({
    title: doc.draft ? `${doc.title} (${doc.draft})` : doc.title,
    subject: doc.subject,
    description: `${doc.title}: ${doc.organisation}`,
    keywords: ["WRES", doc.organisation, doc.year !== null ? String(doc.year) : ""].filter(Boolean).join(", "),
    creator,
    styles: {
      default: { document: { run: { font: "Arial", size: 21 } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height },
            margin: { top: A4.margin, bottom: A4.margin, left: A4.margin, right: A4.margin },
          },
        },
        headers: { default: pageHeader(doc) },
        footers: { default: pageFooter(doc) },
        children: [...titleBlock(doc), ...doc.sections.flatMap((s) => sectionOf(s, 1))],
      },
    ],
  });
}

/** The .docx file's bytes (in Node and in a browser alike). */
export async function renderDocx(doc: ReportDocument, creator?: string): Promise<Uint8Array> {
  return Packer.pack(wordDocument(doc, creator), "uint8array");
}
