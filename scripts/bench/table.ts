import { verdictOf, type Budget, type Figure, type Unit } from './figures';

const KB = 1024;
const MB = 1024 * 1024;

const number = (value: number, digits: number) => value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A value in its unit, scaled for reading: "850 ms", "12.4 s", "312 KB", "1.21 GB". */
export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'ms':
      if (value < 10) return `${number(value, 2)} ms`;
      if (value < 1000) return `${number(value, 0)} ms`;
      return `${number(value / 1000, value < 100_000 ? 2 : 1)} s`;
    case 'bytes':
      if (value < KB) return `${number(value, 0)} B`;
      if (value < MB) return `${number(value / KB, 0)} KB`;
      if (value < 1024 * MB) return `${number(value / MB, 1)} MB`;
      return `${number(value / (1024 * MB), 2)} GB`;
    case 'pages':
      return `${number(value, 0)} pages`;
    case 'count':
      return number(value, 0);
  }
}

export function formatBudget(budget: Budget, unit: Unit): string {
  switch (budget.kind) {
    case 'ratio':
      return `≤ ${number(budget.max, budget.max % 1 === 0 ? 0 : 1)}× baseline`;
    case 'absolute':
      return `≤ ${formatValue(budget.max, unit)}`;
    case 'over':
      return `≤ baseline + ${formatValue(budget.max, unit)}`;
    case 'none':
      return '—';
  }
}

export interface TableRow {
  figure: string;
  value: string;
  baseline: string;
  ratio: string;
  budget: string;
  result: string;
}

export function tableRow(figure: Figure): TableRow {
  const { ratio, pass } = verdictOf(figure);
  return {
    figure: figure.name,
    value: formatValue(figure.value, figure.unit),
    baseline: figure.baseline ? `${formatValue(figure.baseline.value, figure.unit)} (${figure.baseline.name})` : '—',
    ratio: ratio === undefined ? '—' : `${number(ratio, 2)}×`,
    budget: formatBudget(figure.budget, figure.unit),
    result: pass === undefined ? 'info' : pass ? 'pass' : 'FAIL',
  };
}

const HEADERS: TableRow = { figure: 'Figure', value: 'Measured', baseline: 'Baseline (same run)', ratio: 'Ratio', budget: 'Budget', result: 'Result' };
const COLUMNS = Object.keys(HEADERS) as (keyof TableRow)[];
/** Numbers read best right-aligned. */
const RIGHT = new Set<keyof TableRow>(['value', 'ratio']);

/** A plain-text table with a header and a rule, every column padded to its widest cell. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = [HEADERS, ...figures.map(tableRow)];
  const widths = COLUMNS.map((c) => Math.max(...rows.map((r) => [...r[c]].length)));
  const line = (row: TableRow) =>
    COLUMNS.map((c, i) => {
      const pad = ' '.repeat(widths[i]! - [...row[c]].length);
      return RIGHT.has(c) ? pad + row[c] : row[c] + pad;
    })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(HEADERS), rule, ...rows.slice(1).map(line)].join('\n');
}

/** The same table in Markdown, for the README's Performance section. */
export function formatMarkdownTable(figures: readonly Figure[]): string {
  const rows = figures.map(tableRow);
  const cells = (row: TableRow) => `| ${COLUMNS.map((c) => row[c].replace(/\|/g, '\\|')).join(' | ')} |`;
  return [cells(HEADERS), `|${COLUMNS.map((c) => (RIGHT.has(c) ? '---:' : '---')).join('|')}|`, ...rows.map(cells)].join('\n');
}
