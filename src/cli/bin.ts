#!/usr/bin/env node
import { runCli } from './main';
import { nodeIo } from './nodeIo';

// The entry of dist/cli/tradelens.js: real arguments, real files, the exit status on the process.
process.exitCode = await runCli(process.argv.slice(2), nodeIo());
