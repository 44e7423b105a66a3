/**
 * The brief as a Word document (`.docx`), with the briefing PDF's content from the same
 * `BriefModel`: the title block, the marking in every page's header, `Page n of m` in the
 * footer, key judgments with their bold, italic and lists, the counts per tag, the sources, one
 * section per tag with its numbered items, and the guarantee matrix as a real table. Real Word
 * styles carry the structure (Title, Heading 1 for sections, Heading 2 for items, a quote style
 * per tag), so the navigation pane and a table of contents work in Word and LibreOffice. A
 * quote's tag is never shown by colour alone: its item heading names it (`G1 Guarantee`) and
 * each tag's quote has its own border (solid, dashed, dotted). All text goes in as text runs,
 * so nothing an analyst or an article wrote becomes a field, a link or markup. The highlighted
 * appendix stays in the PDF: a Word brief is the one offices edit and circulate.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphStyleOptions,
} from 'docx';
import type { BriefItem, BriefItemRef, BriefModel, BriefSection, KeyJudgmentBlock, TextRun as BriefTextRun } from './brief-compose';
import { CONFIDENCE_LABEL, countWords, formatTimestamp, itemPlace, refsText, titleFacts } from './brief-text';
import type { PaperSize } from '../model/paper-size';
import { TAG_STYLES, tagStyle, type Tag } from '../model/tags';
import { VERDICT_LABELS } from '../review/verdict-labels';
import { EARLIER_WORDING } from '../revisions/text-change';

/** The Word style id of each tag's quote (`Quote Guarantee`, …). */
export function quoteStyleId(tag: Tag): string {
  return `Quote${tagStyle(tag).label}`;
}

/** Page sizes in twentieths of a point. */
const PAGE_SIZE: Readonly<Record<PaperSize, { width: number; height: number }>> = {
  a4: { width: 11906, height: 16838 },
  letter: { width: 12240, height: 15840 },
};

/** Each tag's quote border: a line style of its own, as the PDF's underlines are. */
const QUOTE_BORDER: Readonly<Record<Tag, (typeof BorderStyle)[keyof typeof BorderStyle]>> = {
  guarantee: BorderStyle.SINGLE,
  risk: BorderStyle.DASHED,
  precedent: BorderStyle.DOTTED,
};

const hex = (colour: string): string => colour.replace('#', '').toUpperCase();

/** The quote styles, one per tag: indented, shaded with the tag's fill, bordered on the left in its ink. */
function quoteStyles(): IParagraphStyleOptions[] {
  return TAG_STYLES.map((style) => ({
    id: quoteStyleId(style.tag),
    name: `Quote ${style.label}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { italics: false },
    paragraph: {
      indent: { left: 360 },
      spacing: { before: 80, after: 80 },
      shading: { type: 'clear', color: 'auto', fill: hex(style.fill) },
      border: { left: { style: QUOTE_BORDER[style.tag], size: 18, color: hex(style.ink), space: 6 } },
    },
  }));
}

/** Key judgments' runs with their bold and italic. */
function runs(list: readonly BriefTextRun[]): TextRun[] {
  return list.map((run) => new TextRun({ text: run.text, bold: run.bold, italics: run.italic }));
}

function keyJudgment(block: KeyJudgmentBlock): Paragraph[] {
  if (block.kind === 'paragraph') return [new Paragraph({ children: runs(block.runs) })];
  return block.items.map((item) => new Paragraph({ children: runs(item), bullet: { level: 0 } }));
}

/** A line of label and value, the label in bold. */
function fact(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
}

function titleBlock(model: BriefModel): Paragraph[] {
  const { on, facts } = titleFacts(model);
  return [
    new Paragraph({ children: [new TextRun({ text: 'BRIEFING', bold: true, size: 18 })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] }),
    new Paragraph({ children: [new TextRun(`On: ${on}`)] }),
    ...facts.map(([label, value]) => fact(label, value)),
    new Paragraph({ spacing: { before: 160 }, children: [new TextRun({ text: model.counts.map((c) => `${c.count} ${c.heading}`).join(' · '), bold: true })] }),
  ];
}

function sourcesSection(model: BriefModel): Paragraph[] {
  if (model.sources.length < 2) return [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Sources')] }),
    ...model.sources.flatMap((source) => {
      const facts = [source.publisher, source.byline, source.published].filter((f): f is string => !!f);
      return [
        new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: `${source.label} `, bold: true }), new TextRun({ text: source.title, italics: true }), new TextRun(facts.length ? ` — ${facts.join(', ')}` : '')] }),
        ...(source.sourceUrl ? [new Paragraph({ children: [new TextRun(source.sourceUrl)] })] : []),
        new Paragraph({ children: [new TextRun(countWords(source.counts))] }),
      ];
    }),
  ];
}

/** One item: its heading (label, tag, place), speaker and confidence, the quote in its tag's style, then its fields. */
function item(it: BriefItem): Paragraph[] {
  const place = itemPlace(it);
  const meta = [it.speaker && `Speaker: ${it.speaker}`, it.confidence && `Confidence: ${CONFIDENCE_LABEL[it.confidence]}`].filter((m): m is string => !!m);
  const out = [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`${it.label} ${tagStyle(it.tag).label} · ${place.source}${place.where}`)] }),
    ...(meta.length ? [new Paragraph({ children: [new TextRun(meta.join(' · '))] })] : []),
    new Paragraph({ style: quoteStyleId(it.tag), children: [new TextRun({ text: `${tagStyle(it.tag).letter} `, bold: true }), new TextRun(it.quote)] }),
  ];
  if (it.note.trim()) out.push(fact('Note', it.note.trim()));
  if (it.links.length) out.push(fact('Bears on', refsText(it.links, it.sourceLabel)));
  if (it.linkedBy.length) out.push(fact('Linked from', refsText(it.linkedBy, it.sourceLabel)));
  if (it.earlierWording !== undefined) out.push(fact('Text changed in a revision; earlier wording', `“${it.earlierWording}”`));
  const { verdict } = it;
  if (verdict) {
    const comment = verdict.comment ? ` — ${verdict.comment}` : '';
    const earlier = it.earlierWording !== undefined ? ` — ${EARLIER_WORDING}` : '';
    out.push(fact('Review', `${VERDICT_LABELS[verdict.status]}${comment} (${verdict.reviewer}, ${formatTimestamp(verdict.at)})${earlier}`));
  }
  return out;
}

function section(s: BriefSection): Paragraph[] {
  const heading = new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(s.heading)] });
  return [heading, ...(s.items.length ? s.items.flatMap(item) : [new Paragraph({ children: [new TextRun({ text: 'No items.', italics: true })] })])];
}

/** A table cell of one paragraph; header cells in bold. */
function cell(text: string, header = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })] });
}

function matrix(model: BriefModel): (Paragraph | Table)[] {
  if (!model.counts.some((c) => c.tag === 'guarantee')) return [];
  const heading = new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Guarantee matrix')] });
  if (model.matrix.length === 0) return [heading, new Paragraph({ children: [new TextRun({ text: 'No guarantees in this brief.', italics: true })] })];
  const refs = (list: readonly BriefItemRef[], from: string | undefined) => (list.length ? refsText(list, from) : 'none');
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: [cell('Guarantee', true), cell('Risks', true), cell('Precedents', true)] }),
      ...model.matrix.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell(`${refsText([row.guarantee], undefined)} ${row.excerpt}`),
              cell(refs(row.risks, row.guarantee.sourceLabel)),
              cell(refs(row.precedents, row.guarantee.sourceLabel)),
            ],
          }),
      ),
    ],
  });
  return [heading, table];
}

/** The Word document of `model`. */
export function briefDocument(model: BriefModel): Document {
  const marking = model.marking.trim();
  const size = PAGE_SIZE[model.paper];
  return new Document({
    creator: model.analyst,
    title: model.title,
    description: 'A briefing exported by Briefing Desk',
    styles: { paragraphStyles: quoteStyles() },
    sections: [
      {
        properties: { page: { size, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: marking, bold: true })] })] }) },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] })] }),
        },
        children: [
          ...titleBlock(model),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Key judgments')] }),
          ...(model.keyJudgments.length ? model.keyJudgments.flatMap(keyJudgment) : [new Paragraph({ children: [new TextRun({ text: 'None recorded.', italics: true })] })]),
          ...sourcesSection(model),
          ...model.sections.flatMap(section),
          ...matrix(model),
        ],
      },
    ],
  });
}

/** The `.docx` bytes of `model`'s Word brief. */
export async function renderBriefDocx(model: BriefModel): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(briefDocument(model)));
}
