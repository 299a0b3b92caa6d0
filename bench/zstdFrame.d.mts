/** zstd of bytes by the system's command, or null when there is none. */
export function systemZstd(bytes: Uint8Array): Uint8Array | null;
/** A zstd frame of raw (stored) blocks: valid zstd that any decoder reads, not compressed. */
export function storedFrame(input: Uint8Array): Uint8Array;
