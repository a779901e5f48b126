/** The days a writing plan can use (apart from the schema, so the CLI can read --days without loading zod). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
