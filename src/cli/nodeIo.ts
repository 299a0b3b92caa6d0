import { readFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { CliIo } from './cliCommand';

/** The process's side of the CLI; tests pass their own streams and exit. */
export interface NodeStreams {
  stdout: Writable;
  stderr: Writable;
  exit(code: number): void;
}

/** A reader that went away (`| head -c 300`): the pipe closed under a write. */
const closedPipe = (error: unknown) => {
  const code = (error as { code?: string } | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
};

/**
 * The CLI's io on real streams and files. A pipe its reader closed ends the program quietly
 * with status 0, as `head` expects of the tools before it, instead of an unhandled 'error'
 * event and its stack trace; any other write failure is one `error: …` line and status 1.
 */
export function nodeIo(
  streams: NodeStreams = {
    stdout: process.stdout,
    stderr: process.stderr,
    exit: (code) => process.exit(code),
  },
): CliIo {
  let closed = false;
  const onError = (error: unknown) => {
    if (closed) return;
    closed = true;
    if (!closedPipe(error)) {
      const detail = error instanceof Error ? error.message : String(error);
      // stderr itself may be what failed: best effort, never a second throw.
      if (!streams.stderr.destroyed)
        streams.stderr.write(`error: cannot write the output (${detail.split('\n')[0]}).\n`);
    }
    streams.exit(closedPipe(error) ? 0 : 1);
  };
  streams.stdout.on('error', onError);
  streams.stderr.on('error', onError);
  // Once the output is gone, what is left to say goes nowhere rather than failing again.
  const write = (stream: Writable) => (s: string) => {
    if (!closed && !stream.destroyed) stream.write(s);
  };
  return {
    stdout: write(streams.stdout),
    stderr: write(streams.stderr),
    readFile: async (path) => {
      const buffer = await readFile(path);
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    },
  };
}
