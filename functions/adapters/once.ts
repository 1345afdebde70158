/** A value built on first use and kept for the life of the process (one Lambda cold start). */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
