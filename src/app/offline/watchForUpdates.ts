/** What the page needs of the browser's service-worker API (a fake one in tests). */
export interface WorkerContainer {
  controller: unknown;
  register(url: string): Promise<ServiceWorkerRegistration>;
  addEventListener(type: 'controllerchange', listener: () => void): void;
}

/**
 * Registers the offline service worker and calls `offer` when a newer build is installed and
 * waiting; the returned `apply` activates it, and the page reloads once it has taken over.
 */
export async function watchForUpdates(
  container: WorkerContainer,
  offer: (apply: () => void) => void,
  reload: () => void = () => location.reload(),
): Promise<void> {
  const registration = await container.register('./sw.js');
  let asked = false;
  container.addEventListener('controllerchange', () => {
    if (asked) reload();
  });
  const offerWorker = (worker: ServiceWorker) =>
    offer(() => {
      asked = true;
      worker.postMessage('tradelens:activate');
    });
  // A first install has no controller yet: that is this build, not a newer one.
  if (registration.waiting && container.controller) offerWorker(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && container.controller) offerWorker(worker);
    });
  });
}
