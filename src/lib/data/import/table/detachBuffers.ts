/**
 * Frees buffers nothing will read again at once, instead of whenever garbage collection
 * finds them: a million-row import keeps tens of megabytes of them while the table it made
 * is copied and saved. Detached, they read as empty from anywhere still holding them.
 */
export function detachBuffers(buffers: Iterable<ArrayBufferLike>): void {
  for (const buffer of new Set(buffers)) {
    if (!(buffer instanceof ArrayBuffer) || buffer.byteLength === 0) continue;
    const transfer = (buffer as { transfer?: (length: number) => ArrayBuffer }).transfer;
    if (typeof transfer === 'function') transfer.call(buffer, 0);
    else structuredClone(buffer, { transfer: [buffer] });
  }
}
