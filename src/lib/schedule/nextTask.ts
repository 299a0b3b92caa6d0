/**
 * A turn for the thread's other tasks, in the next task: a message to itself, since timeouts
 * nested this deep wait 4 ms each.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((go) => setTimeout(go, 0));
  const { port1, port2 } = new MessageChannel();
  return new Promise((go) => {
    port1.onmessage = () => {
      port1.close();
      go();
    };
    port2.postMessage(null);
  });
}
