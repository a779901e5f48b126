import { z } from 'zod';

/** A one-line field: trimmed, required, bounded. */
export const requiredLine = (what: string, max = 300) =>
  z.string().trim().min(1, `Enter ${what}.`).max(max, `Keep ${what} under ${max} characters.`);

/** A one-line field that may be left empty. */
export const optionalLine = (max = 300) => z.string().trim().max(max, `Keep this under ${max} characters.`).default('');

/** Free text: reflections, descriptions, statements. Generous, but bounded so one field cannot swamp the store. */
export const longText = (max = 50_000) => z.string().max(max, `Keep this under ${max.toLocaleString('en-GB')} characters.`).default('');
