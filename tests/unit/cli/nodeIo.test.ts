import { spawn } from 'node:child_process';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { nodeIo } from '../../../src/cli/nodeIo';

/** stderr as a string, and the status the io asked to exit with (one call expected). */
function capture() {
  const stderr = new PassThrough();
  let said = '';
  stderr.on('data', (d: Buffer) => void (said += d.toString()));
  const exits: number[] = [];
  let exited: (code: number) => void = () => {};
  const exit = new Promise<number>((r) => (exited = r));
  return {
    stderr,
    said: () => said,
    exits,
    exit,
    onExit: (code: number) => void (exits.push(code), exited(code)),
  };
}

describe('nodeIo', () => {
  /**
   * A real pipe whose reader reads 300 bytes and closes it, as `| head -c 300` does. The shell
   * stays alive after closing its end, so Node does not tear the pipe down on the child's exit
   * and the next write meets EPIPE for sure.
   */
  const headPipe = () =>
    spawn('sh', ['-c', 'head -c 300 >/dev/null; exec sleep 30 <&-'], {
      stdio: ['pipe', 'ignore', 'ignore'],
    });

  it('`inspect FILE | head -c 300`: the reader closing the pipe ends quietly, status 0', async () => {
    const head = headPipe();
    try {
      const out = capture();
      const io = nodeIo({ stdout: head.stdin, stderr: out.stderr, exit: out.onExit });
      // A report far larger than the pipe's buffer and what head reads at once.
      const names = Array.from({ length: 2000 }, (_, i) => `column ${i} `.padEnd(200, 'x'));
      const csv = `${names.join(',')}\n${names.map((_, i) => i).join(',')}\n`;
      const readFile = async () => new TextEncoder().encode(csv);
      expect(await runCli(['inspect', 'wide.csv'], { ...io, readFile })).toBe(0);
      expect(await out.exit).toBe(0);
      expect(out.exits).toEqual([0]);
      expect(out.said()).toBe('');
    } finally {
      head.kill();
    }
  });

  it('writes after the pipe closed go nowhere and do not fail again', async () => {
    const head = headPipe();
    try {
      const out = capture();
      const io = nodeIo({ stdout: head.stdin, stderr: out.stderr, exit: out.onExit });
      io.stdout('x'.repeat(1 << 20));
      expect(await out.exit).toBe(0);
      for (let i = 0; i < 3; i++) io.stdout('still lost\n');
      await new Promise((r) => setTimeout(r, 20));
      expect(out.exits).toEqual([0]);
      expect(out.said()).toBe('');
    } finally {
      head.kill();
    }
  });

  it('another write failure (disk full) is one error line, status 1, no stack trace', async () => {
    const full = new Writable({
      write: (_chunk, _enc, done) =>
        done(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })),
    });
    const out = capture();
    nodeIo({ stdout: full, stderr: out.stderr, exit: out.onExit }).stdout('{}\n');
    expect(await out.exit).toBe(1);
    expect(out.said()).toBe('error: cannot write the output (no space left on device).\n');
  });
});
