import { type Portfolio, emptyPortfolio } from '../model/portfolio';

/** True when the portfolio holds nothing the user wrote, so a restore can replace it without asking. */
export function isEmptyPortfolio(portfolio: Portfolio): boolean {
  return JSON.stringify(portfolio) === JSON.stringify(emptyPortfolio());
}

/** A count per kind, for telling the user what a restore or import brought in. */
export function portfolioCounts(portfolio: Portfolio): { cpd: number; training: number; evidence: number } {
  return { cpd: portfolio.cpd.length, training: portfolio.training.length, evidence: portfolio.evidence.length };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 CPD records, 1 training record, 3 evidence items": what an export or restore carried. */
export function describeCounts(counts: { cpd: number; training: number; evidence: number }): string {
  return [
    count(counts.cpd, 'CPD record', 'CPD records'),
    count(counts.training, 'training record', 'training records'),
    count(counts.evidence, 'evidence item', 'evidence items'),
  ].join(', ');
}

/** A file size as people read it: "840 KB", "12.5 MB". */
export function describeBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
}
