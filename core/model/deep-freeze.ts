/**
 * Freezes a plain JSON-like value and everything inside it, so a snapshot shared between callers
 * cannot be changed in place: an accidental mutation throws instead of silently skipping a check.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
  return value;
}
