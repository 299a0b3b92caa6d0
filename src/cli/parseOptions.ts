import { CliError } from './cliCommand';

/**
 * Options a command takes: flags (`--keep-shape`), options with a value (`--out FILE`), and
 * options with one of a few values (`--size social`), listed so a missing one can be named.
 */
export type OptionSpec = Record<string, 'flag' | 'value' | readonly string[]>;

export interface ParsedOptions {
  positionals: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

/**
 * Splits a command's arguments into positionals, flags and `--name value` (or `--name=value`)
 * options. An option the spec does not know, or one missing its value, is a CliError; so is
 * another option where a value should be (`--scale --out x.png` forgot the scale).
 */
export function parseOptions(
  command: string,
  args: readonly string[],
  spec: OptionSpec,
): ParsedOptions {
  const parsed: ParsedOptions = { positionals: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') parsed.positionals.push(arg);
      else parsed.positionals.push(...args.slice(i + 1));
      if (arg === '--') break;
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    const kind = spec[name];
    if (!kind) {
      const known = Object.keys(spec).map((k) => `--${k}`);
      const hint = known.length > 0 ? `it takes ${known.join(', ')}` : 'it takes no options';
      throw new CliError(`${command} does not know the option --${name}: ${hint}.`);
    }
    if (kind === 'flag') {
      if (inline !== undefined)
        throw new CliError(`--${name} takes no value: write just --${name}.`);
      parsed.flags.add(name);
    } else {
      const value = inline ?? args[++i];
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--')))
        throw new CliError(
          typeof kind === 'string'
            ? `--${name} needs a value: --${name} VALUE.`
            : `--${name} needs a value, one of ${kind.join(', ')}: --${name} ${kind[0]}.`,
        );
      parsed.values.set(name, value);
    }
  }
  return parsed;
}

/** The single FILE argument of a command, or a CliError saying how to call it. */
export function oneFile(command: string, usage: string, positionals: readonly string[]): string {
  if (positionals.length === 0)
    throw new CliError(`${command} needs a FILE: tradelens ${command} ${usage}.`);
  if (positionals.length > 1) {
    throw new CliError(
      `${command} takes one FILE, got ${positionals.length}: tradelens ${command} ${usage}.`,
    );
  }
  return positionals[0];
}
