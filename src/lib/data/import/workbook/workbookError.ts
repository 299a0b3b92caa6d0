/** What read-excel-file's failure means for the user, and what to do. */
export function workbookError(error: unknown, sheet?: string): string {
  const name = error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'SheetNotFoundError') {
    const sheets = /Available sheets: (.*)$/.exec(detail)?.[1];
    return (
      `The workbook has no sheet named “${sheet}”` +
      (sheets ? `; its sheets are: ${sheets}` : '') +
      '. Give one of these (--sheet NAME in the command line).'
    );
  }
  if (name === 'InvalidInputError') {
    return (
      'The file is a ZIP archive but not a readable Excel workbook: it is damaged, truncated, or ' +
      'another kind of archive. Open it in Excel and save it again as .xlsx, or save the sheet as CSV.'
    );
  }
  return (
    `The workbook could not be read (${detail}): it is damaged or written in a way Tradelens ` +
    'does not read. Open it in Excel and save it again as .xlsx, or save the sheet as CSV.'
  );
}
