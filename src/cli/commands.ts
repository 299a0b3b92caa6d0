import type { CliCommand } from './cliCommand';
import { checkCommand } from './checkCommand';
import { convertCommand } from './convertCommand';
import { renderCliCommand } from '../render/renderCommand';
import { inspectCommand } from './inspectCommand';

/**
 * The commands of `tradelens`, in the order `--help` lists them. To add one, write a
 * CliCommand in its own file and add it here; nothing else changes.
 */
export const commands: readonly CliCommand[] = [
  inspectCommand,
  convertCommand,
  renderCliCommand,
  checkCommand,
];
