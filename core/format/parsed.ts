/** A value read from what a person typed, or why it could not be read (said so they can fix it). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };
