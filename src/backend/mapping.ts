/**
 * Narrows a stored text to one of the known values. The database only ever receives values the
 * contract accepted, so the fallback guards against hand-edited files rather than our own writes.
 */
export function asOneOf<const T extends readonly string[]>(
  values: T,
  value: string,
  fallback: T[number],
): T[number] {
  return (values as readonly string[]).includes(value) ? (value as T[number]) : fallback;
}

/**
 * Like asOneOf, keeping null. Answers the list's own string, so thousands of mapped rows share a
 * few constants instead of keeping each row's copy alive.
 */
export function asOneOfOrNull<const T extends readonly string[]>(
  values: T,
  value: string | null,
): T[number] | null {
  if (value === null) return null;
  const index = (values as readonly string[]).indexOf(value);
  return index === -1 ? null : (values[index] as T[number]);
}

/** SQLite stores booleans as 0/1. */
export const toFlag = (value: boolean): number => (value ? 1 : 0);
