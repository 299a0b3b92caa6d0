/**
 * Words in a chart's notes for the page only. Pointers to its table are true on the page and in
 * an embed, which show one, and in a CSV, which is one; a hint at the editor speaks to its author.
 * An image has no table, and its readers no editor: it leaves them out.
 */
export const TABLE_LISTS_THEM = ' The table lists them.';
export const TABLE_LISTS_EACH = '; the table lists each';
export const UNIT_EDIT_HINT =
  '; if you know it, choose it under Edit, in “Unit and scale of the values”';

/** A note as an image gives it: without words for the page only. */
export const imageNote = (note: string): string =>
  note.replace(TABLE_LISTS_THEM, '').replace(TABLE_LISTS_EACH, '').replace(UNIT_EDIT_HINT, '');
