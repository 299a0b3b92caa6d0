import { describe, expect, it, vi } from 'vitest';
import { watchForUpdates, type WorkerContainer } from '../../../src/app/offline/watchForUpdates';

/** A service-worker container with one registration whose events the test fires. */
function fakeContainer(controller: unknown) {
  const listeners: Record<string, () => void> = {};
  const worker = Object.assign(new EventTarget(), { state: 'installing', postMessage: vi.fn() });
  const registration = Object.assign(new EventTarget(), { installing: worker, waiting: null });
  const container: WorkerContainer = {
    controller,
    register: vi.fn(async () => registration as unknown as ServiceWorkerRegistration),
    addEventListener: (type, listener) => (listeners[type] = listener),
  };
  const install = () => {
    registration.dispatchEvent(new Event('updatefound'));
    worker.state = 'installed';
    worker.dispatchEvent(new Event('statechange'));
  };
  return { container, worker, install, takeOver: () => listeners.controllerchange?.() };
}

describe('watchForUpdates', () => {
  it('watchForUpdates(container, offer) offers a newer build once it is installed, and reloads after apply', async () => {
    const { container, worker, install, takeOver } = fakeContainer({});
    const offer = vi.fn();
    const reload = vi.fn();
    await watchForUpdates(container, offer, reload);
    expect(container.register).toHaveBeenCalledWith('./sw.js');
    install();
    expect(offer).toHaveBeenCalledOnce();
    offer.mock.calls[0][0]();
    expect(worker.postMessage).toHaveBeenCalledWith('tradelens:activate');
    takeOver();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('watchForUpdates(container, offer) offers nothing on a first install (no controller yet)', async () => {
    const { container, install, takeOver } = fakeContainer(null);
    const offer = vi.fn();
    const reload = vi.fn();
    await watchForUpdates(container, offer, reload);
    install();
    takeOver();
    expect(offer).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });
});
