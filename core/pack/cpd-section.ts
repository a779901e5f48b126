import { isCountedCpd } from '../cpd/counted-records';
import { reflectionModels } from '../cpd/reflection-models';
import { formatUkDate } from '../format/uk-date';
import type { CpdRecord } from '../model/cpd-record';
import type { Flow, TableColumn } from './flow';
import { categoryLabel, formatHours, ukDateRange } from './pack-labels';
import { MARGIN, TYPE } from './page-geometry';
import type { PDFFont } from '@cantoo/pdf-lib';

export interface CategoryTotal {
  category: string;
  label: string;
  hours: number;
  records: number;
}

/** Hours and activities by category, most hours first; drafts are never totalled. */
export function cpdTotals(records: readonly CpdRecord[]): CategoryTotal[] {
  const totals = new Map<string, CategoryTotal>();
  for (const r of records.filter(isCountedCpd)) {
    const key = r.category ?? '';
    const t = totals.get(key) ?? { category: key, label: categoryLabel(r.category), hours: 0, records: 0 };
    t.hours += r.hours;
    t.records += 1;
    totals.set(key, t);
  }
  return [...totals.values()].sort((a, b) => b.hours - a.hours || a.label.localeCompare(b.label));
}

/** One titled piece of what the technician wrote about an activity. */
export interface WrittenBlock {
  label: string;
  text: string;
}

/**
 * Everything written about a record, in print order: the description, each answered prompt of its
 * reflection model under the model's own label (so "Benefit to my practice" and "Benefit to the
 * users of my work", Science Council standards 3 and 4, each have a heading), then the outcomes.
 * An answer under an id the model does not have (an import, a model changed later) is still
 * printed, as "Reflection", rather than lost.
 */
export function writtenBlocks(record: CpdRecord): WrittenBlock[] {
  const blocks: WrittenBlock[] = [];
  const add = (label: string, text: string | undefined) => {
    if (text && text.trim()) blocks.push({ label, text: text.trim() });
  };
  add('Description', record.description);
  const model = reflectionModels[record.reflection.model];
  const answers = record.reflection.answers;
  for (const prompt of model.prompts) add(prompt.label, answers[prompt.id]);
  const known = new Set(model.prompts.map((p) => p.id));
  for (const [id, answer] of Object.entries(answers)) if (!known.has(id)) add('Reflection', answer);
  add('Outcomes', record.outcomes);
  return blocks;
}

const COLUMNS: readonly TableColumn[] = [
  { header: 'Dates', share: 0.2 },
  { header: 'Activity', share: 0.5 },
  { header: 'Category', share: 0.2 },
  { header: 'Hours', share: 0.1, align: 'right' },
];
const CELL_PAD = 4;
const INDENT = 14;
const LABEL_SIZE = TYPE.small;
const TEXT_SIZE = TYPE.small + 0.5;

/** Lays one table row at the flow's position; the caller has made room for it. */
function paintRow(flow: Flow, cells: readonly string[], font: PDFFont, rule: boolean): void {
  const size = TYPE.small;
  const lh = flow.lineHeight(size);
  const widths = COLUMNS.map((c) => c.share * flow.width);
  let x = MARGIN.left;
  const top = flow.y;
  let lines = 1;
  COLUMNS.forEach((col, i) => {
    const width = widths[i]!;
    const wrapped = flow.type.wrap(cells[i] ?? '', font, size, width - CELL_PAD);
    lines = Math.max(lines, wrapped.length);
    wrapped.forEach((line, n) => {
      const lx = col.align === 'right' ? x + width - CELL_PAD - flow.type.width(line, font, size) : x + (i === 0 ? 0 : CELL_PAD / 2);
      flow.type.draw(flow.page, line, { x: lx, y: top - (n + 1) * lh + (lh - size), size, font });
    });
    x += width;
  });
  flow.y -= lines * lh + 3;
  if (rule) flow.page.drawLine({ start: { x: MARGIN.left, y: flow.y + 1.5 }, end: { x: MARGIN.left + flow.width, y: flow.y + 1.5 }, thickness: 0.3 });
}

function rowHeight(flow: Flow, cells: readonly string[], font: PDFFont): number {
  const lines = Math.max(...COLUMNS.map((c, i) => flow.type.wrap(cells[i] ?? '', font, TYPE.small, c.share * flow.width - CELL_PAD).length));
  return lines * flow.lineHeight(TYPE.small) + 3;
}

/**
 * Text that may run over pages: each line goes where it fits, and a page it runs onto starts with
 * a grey line naming the activity it continues, so a reader picking up page 7 knows whose
 * reflection they are reading.
 */
function flowingText(flow: Flow, text: string, options: { font: PDFFont; size: number; indent: number; continues: string }): void {
  const lh = flow.lineHeight(options.size);
  for (const line of flow.type.wrap(text, options.font, options.size, flow.width - options.indent)) {
    if (flow.y - lh < MARGIN.bottom) {
      flow.newPage();
      flow.paragraph(`${options.continues} (continued)`, { size: TYPE.small, grey: true, indent: options.indent });
    }
    flow.y -= lh;
    flow.type.draw(flow.page, line, { x: MARGIN.left + options.indent, y: flow.y + (lh - options.size), size: options.size, font: options.font });
  }
  flow.y -= options.size * 0.5;
}

/**
 * The CPD record for a period: a table of dates, activity, category and hours, each row followed
 * by everything written about the activity in full, then hours by category. Drafts are dropped
 * here too, so no caller can print one.
 */
export function drawCpdRecord(flow: Flow, records: readonly CpdRecord[], period: { from: string; to: string }, title = 'CPD record'): void {
  const counted = records.filter(isCountedCpd);
  flow.heading(title);
  flow.paragraph(`Activities from ${formatUkDate(period.from)} to ${formatUkDate(period.to)}.`, { grey: true });
  if (counted.length === 0) {
    flow.paragraph('No CPD recorded in this period.', { grey: true });
    return;
  }
  const header = COLUMNS.map((c) => c.header);
  const headerHeight = rowHeight(flow, header, flow.fonts.bold);
  let headerPage = -1;
  for (const record of counted) {
    const cells = [ukDateRange(record.startDate, record.endDate), record.title, categoryLabel(record.category), formatHours(record.hours)];
    const height = rowHeight(flow, cells, flow.fonts.regular);
    // Keep a row with its header and the first lines written under it.
    const below = flow.lineHeight(LABEL_SIZE) + 2 * flow.lineHeight(TEXT_SIZE);
    flow.ensure((headerPage === flow.pageIndex ? 0 : headerHeight) + height + below);
    if (headerPage !== flow.pageIndex) {
      paintRow(flow, header, flow.fonts.bold, true);
      headerPage = flow.pageIndex;
    }
    paintRow(flow, cells, flow.fonts.regular, false);
    const blocks = writtenBlocks(record);
    if (blocks.length === 0) flow.paragraph('No reflection written.', { size: TEXT_SIZE, grey: true, indent: INDENT });
    for (const block of blocks) {
      flow.ensure(flow.lineHeight(LABEL_SIZE) + 2 * flow.lineHeight(TEXT_SIZE));
      flowingText(flow, block.label, { font: flow.fonts.bold, size: LABEL_SIZE, indent: INDENT, continues: record.title });
      flowingText(flow, block.text, { font: flow.fonts.regular, size: TEXT_SIZE, indent: INDENT, continues: record.title });
    }
    flow.rule();
  }
  flow.gap(6);
  flow.heading('Totals by category', TYPE.subheading);
  const all = counted.reduce((sum, r) => sum + r.hours, 0);
  flow.table(
    [
      { header: 'Category', share: 0.6 },
      { header: 'Activities', share: 0.2, align: 'right' },
      { header: 'Hours', share: 0.2, align: 'right' },
    ],
    [...cpdTotals(counted).map((t) => [t.label, String(t.records), formatHours(t.hours)]), ['Total', String(counted.length), formatHours(all)]],
    TYPE.body - 0.5,
  );
}
