/**
 * The chunks, the first cut after `head` bytes: a file read in parts learns its dialect and
 * header from its head, so the parts start before the rest of the first chunk (megabytes, and
 * the preview drawn from them) is read. The rest comes in pieces of at most `piece` bytes, so
 * the reader takes a turn between them: a part worker just started gets its part only in a
 * turn of this thread (a whole first chunk read by cold code held it back 300 ms).
 */
export async function* headFirst(
  chunks: AsyncGenerator<Uint8Array>,
  head: number,
  piece = Infinity,
): AsyncGenerator<Uint8Array> {
  let first = true;
  for await (const value of chunks) {
    let at = 0;
    if (first && value.length > head) {
      yield value.subarray(0, head);
      at = head;
    }
    first = false;
    for (; at < value.length; at += piece) yield value.subarray(at, at + piece);
  }
}
