#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { runCli } from './main';

// The entry of dist/cli/tradelens.js: real arguments, real files, the exit status on the process.
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  readFile: async (path) => {
    const buffer = await readFile(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  },
});
