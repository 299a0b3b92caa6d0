/**
 * Words in a chart's notes that point the reader to its table: true on the page and in an
 * embed, which show one, and in a CSV, which is one. An image has no table: it leaves them out.
 */
export const TABLE_LISTS_THEM = ' The table lists them.';
export const TABLE_LISTS_EACH = '; the table lists each';

/** A note as an image gives it: without words that point to a table it does not have. */
export const imageNote = (note: string): string =>
  note.replace(TABLE_LISTS_THEM, '').replace(TABLE_LISTS_EACH, '');
