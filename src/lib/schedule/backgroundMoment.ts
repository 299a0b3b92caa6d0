import { idleMoment } from './idleMoment';
import { backgroundFree, readerWaiting } from './readerWaiting';

/**
 * Resolves in an idle moment with no work under way that the reader waits for (see
 * readerWaiting). When such work was under way, waits `settle` ms past its end as well: the page
 * is then drawing and keeping what it brought.
 */
export async function backgroundMoment(settle = 1000, timeout = 2000): Promise<void> {
  await idleMoment(timeout);
  while (readerWaiting()) {
    await backgroundFree();
    await new Promise((go) => setTimeout(go, settle));
    await idleMoment(timeout);
  }
}
