/** A note as a line of its own: `Note: …`, unless its author already began it so. */
export const noteLine = (note: string): string =>
  /^\s*notes?\s*:/i.test(note) ? note.trim() : `Note: ${note}`;
