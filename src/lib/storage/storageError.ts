/** What went wrong with browser storage, said so a user knows what happened to their data. */
export function storageError(error: unknown, action: 'save' | 'load' | 'delete'): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError')
    return 'Your browser’s storage for this site is full, so this table was not saved: it stays until you close the tab. Delete saved tables you no longer need, then import again.';
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'unavailable')
    return 'This browser does not let the page store data (private mode, or storage turned off): imported tables stay until you close the tab.';
  const what = { save: 'save the table', load: 'load saved tables', delete: 'delete the table' }[
    action
  ];
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return `Could not ${what} in browser storage${detail}.`;
}
