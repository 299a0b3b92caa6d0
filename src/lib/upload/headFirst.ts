/**
 * The chunks, the first cut after `head` bytes: a file read in parts learns its dialect and
 * header from its head, so the parts start before the rest of the first chunk (megabytes, and
 * the preview drawn from them) is read.
 */
export async function* headFirst(
  chunks: AsyncGenerator<Uint8Array>,
  head: number,
): AsyncGenerator<Uint8Array> {
  let first = true;
  for await (const value of chunks) {
    if (first && value.length > head) {
      yield value.subarray(0, head);
      yield value.subarray(head);
    } else yield value;
    first = false;
  }
}
