import { describe, expect, it } from 'vitest';
import { detachBuffers } from '../../../../../src/lib/data/import/table/detachBuffers';

describe('detachBuffers(buffers)', () => {
  it('leaves every view of the buffers empty, once per buffer, and skips shared memory', () => {
    const codes = new Int32Array(1000).fill(7);
    const view = codes.subarray(10, 20);
    const shared = new Int32Array(new SharedArrayBuffer(16));
    detachBuffers([codes.buffer, view.buffer, shared.buffer, new ArrayBuffer(0)]);
    expect(codes.length).toBe(0);
    expect(view.length).toBe(0);
    expect(shared.length).toBe(4);
  });
});
