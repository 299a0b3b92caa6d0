/**
 * The last resort behind "never throws": a bug in the importer becomes a message for the user,
 * not an exception. Tests assert it never shows for any input.
 */
export function unexpectedError(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `The importer failed unexpectedly (${detail}). This is a bug in Tradelens: please report it with the file.`;
}
