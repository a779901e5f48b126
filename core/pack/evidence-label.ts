/**
 * How the pack numbers evidence: "Ev 7". Criterion codes look like "E1" or "D3", so a plain
 * "E7" would read as a criterion; the space and the second letter keep the two apart.
 */
export const evidenceLabel = (number: number): string => `Ev ${number}`;
