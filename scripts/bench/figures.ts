/** What a measured figure is held to. */
export type Budget =
  /** The figure may be at most `max` times its baseline from the same run. */
  | { kind: 'ratio'; max: number }
  /** The figure may be at most `max` (in the figure's own unit). */
  | { kind: 'absolute'; max: number }
  /** The figure may be at most `max` (in its own unit) above its baseline from the same run. */
  | { kind: 'over'; max: number }
  /** Reported for context only. */
  | { kind: 'none' };

export type Unit = 'ms' | 'bytes' | 'pages' | 'count';

export interface Figure {
  id: string;
  name: string;
  unit: Unit;
  value: number;
  baseline?: { name: string; value: number } | undefined;
  budget: Budget;
  /** How the value was taken (median of n runs, 95th percentile of n keystrokes...). */
  note?: string | undefined;
}

export interface Verdict {
  /** value / baseline, when there is a baseline. */
  ratio: number | undefined;
  /** undefined when the figure has no budget. */
  pass: boolean | undefined;
}

export function verdictOf(figure: Figure): Verdict {
  const ratio = figure.baseline && figure.baseline.value > 0 ? figure.value / figure.baseline.value : undefined;
  switch (figure.budget.kind) {
    case 'ratio':
      return { ratio, pass: ratio === undefined ? false : ratio <= figure.budget.max };
    case 'absolute':
      return { ratio, pass: figure.value <= figure.budget.max };
    case 'over':
      return { ratio, pass: figure.baseline !== undefined && figure.value - figure.baseline.value <= figure.budget.max };
    case 'none':
      return { ratio, pass: undefined };
  }
}
