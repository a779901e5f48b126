/** How deeply a criterion is evidenced, in four steps the heat map colours AND names in text. */
export type HeatLevel = 0 | 1 | 2 | 3;

export function heatLevel(itemCount: number): HeatLevel {
  if (itemCount <= 0) return 0;
  if (itemCount === 1) return 1;
  if (itemCount <= 3) return 2;
  return 3;
}

export const HEAT_LABELS: Record<HeatLevel, string> = {
  0: 'No evidence',
  1: 'One example',
  2: 'Some evidence',
  3: 'Well evidenced',
};
