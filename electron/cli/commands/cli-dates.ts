import { UserError } from '../user-error';

/** A date from the command line: 2025-03-31 or the UK form 31/03/2025. */
export function parseCliDate(text: string, option: string): string {
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  const iso = uk ? `${uk[3]}-${uk[2]!.padStart(2, '0')}-${uk[1]!.padStart(2, '0')}` : text.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) return iso;
  }
  throw new UserError(`${option} "${text}" is not a date: use the form 31/03/2025 or 2025-03-31.`);
}
