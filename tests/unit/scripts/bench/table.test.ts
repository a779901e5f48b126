import { describe, expect, it } from 'vitest';
import { verdictOf, type Figure } from '../../../../scripts/bench/figures';
import { formatMarkdownTable, formatTable, formatValue, tableRow } from '../../../../scripts/bench/table';

const pack: Figure = {
  id: 'pack.time',
  name: 'Pack: wall time',
  unit: 'ms',
  value: 4500,
  baseline: { name: 'qpdf', value: 1200 },
  budget: { kind: 'ratio', max: 3 },
};
const memory: Figure = { id: 'pack.peak-memory', name: 'Pack: peak memory', unit: 'bytes', value: 800 * 1024 * 1024, budget: { kind: 'absolute', max: 1.5 * 1024 ** 3 } };
const size: Figure = { id: 'pack.size', name: 'Pack: file size', unit: 'bytes', value: 2048, baseline: { name: 'qpdf output', value: 1024 }, budget: { kind: 'none' } };

describe('verdictOf', () => {
  it('fails a ratio budget when the figure is more than the allowed multiple of its baseline', () => {
    expect(verdictOf(pack)).toEqual({ ratio: 3.75, pass: false });
    expect(verdictOf({ ...pack, value: 3600 })).toEqual({ ratio: 3, pass: true });
  });

  it('judges an absolute budget on the value alone', () => {
    expect(verdictOf(memory)).toEqual({ ratio: undefined, pass: true });
    expect(verdictOf({ ...memory, value: 2 * 1024 ** 3 }).pass).toBe(false);
  });

  it('judges an "over" budget on how far the figure is above its baseline', () => {
    const summary: Figure = { id: 'cli.summary', name: 'CLI summary', unit: 'ms', value: 1100, baseline: { name: 'node -e 0', value: 150 }, budget: { kind: 'over', max: 1000 } };
    expect(verdictOf(summary).pass).toBe(true);
    expect(verdictOf({ ...summary, value: 1200 }).pass).toBe(false);
    expect(verdictOf({ ...summary, baseline: undefined }).pass).toBe(false);
    expect(tableRow(summary).budget).toBe('≤ baseline + 1.00 s');
  });

  it('gives no verdict for a figure without a budget, and fails a ratio budget with no usable baseline', () => {
    expect(verdictOf(size)).toEqual({ ratio: 2, pass: undefined });
    expect(verdictOf({ ...pack, baseline: { name: 'qpdf', value: 0 } })).toEqual({ ratio: undefined, pass: false });
  });
});

describe('formatValue', () => {
  it('scales times and sizes to a readable unit', () => {
    expect(formatValue(3.456, 'ms')).toBe('3.46 ms');
    expect(formatValue(850, 'ms')).toBe('850 ms');
    expect(formatValue(12_400, 'ms')).toBe('12.40 s');
    expect(formatValue(312 * 1024, 'bytes')).toBe('312 KB');
    expect(formatValue(5.5 * 1024 * 1024, 'bytes')).toBe('5.5 MB');
    expect(formatValue(1.5 * 1024 ** 3, 'bytes')).toBe('1.50 GB');
    expect(formatValue(1500, 'pages')).toBe('1,500 pages');
  });
});

describe('tableRow', () => {
  it('puts the figure, its baseline, the ratio, the budget and the verdict side by side', () => {
    expect(tableRow(pack)).toEqual({ figure: 'Pack: wall time', value: '4.50 s', baseline: '1.20 s (qpdf)', ratio: '3.75×', budget: '≤ 3× baseline', result: 'FAIL' });
    expect(tableRow(memory)).toMatchObject({ baseline: '—', ratio: '—', budget: '≤ 1.50 GB', result: 'pass' });
    expect(tableRow(size)).toMatchObject({ budget: '—', result: 'info' });
  });
});

describe('formatTable', () => {
  it('aligns every column under its header, numbers to the right', () => {
    const lines = formatTable([pack, memory]).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^Figure\s+Measured\s+Baseline \(same run\)\s+Ratio\s+Budget\s+Result$/);
    expect(lines[1]).toMatch(/^-+( {2}-+){5}$/);
    // Each column starts at the same place on every line.
    const resultAt = lines[0]!.indexOf('Result');
    expect(lines[2]!.slice(resultAt)).toBe('FAIL');
    expect(lines[3]!.slice(resultAt)).toBe('pass');
    const measuredEnd = lines[0]!.indexOf('Measured') + 'Measured'.length;
    expect(lines[2]!.slice(0, measuredEnd).endsWith('4.50 s')).toBe(true);
    expect(lines[3]!.slice(0, measuredEnd).endsWith('800.0 MB')).toBe(true);
  });

  it('writes the same rows as a Markdown table, escaping pipes in names', () => {
    const md = formatMarkdownTable([{ ...size, name: 'a | b' }]).split('\n');
    expect(md[0]).toBe('| Figure | Measured | Baseline (same run) | Ratio | Budget | Result |');
    expect(md[1]).toBe('|---|---:|---|---:|---|---|');
    expect(md[2]).toBe('| a \\| b | 2 KB | 1 KB (qpdf output) | 2.00× | — | info |');
  });
});
