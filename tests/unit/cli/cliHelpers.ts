import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runCli } from '../../../src/cli/main';

const root = resolve(import.meta.dirname, '../../..');

/** Runs the CLI in-process with fake io: files from a map, else from the repository. */
export async function run(argv: string[], files: Record<string, string | Uint8Array> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readFile: async (path) => {
      const file = files[path];
      if (file !== undefined)
        return typeof file === 'string' ? new TextEncoder().encode(file) : file;
      return new Uint8Array(await readFile(resolve(root, path)));
    },
    today: () => '2024-05-01',
  });
  return { code, stdout, stderr };
}

/** Exit 2 with exactly one `error: …` line on stderr, nothing on stdout, no stack trace. */
export function expectUsageError(result: { code: number; stdout: string; stderr: string }) {
  return {
    code: result.code,
    stdout: result.stdout,
    lines: result.stderr.split('\n').filter(Boolean),
    stack: /\n\s+at |Error:/.test(result.stderr),
  };
}
