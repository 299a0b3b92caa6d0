/** What a command may touch of the outside world; tests pass fakes. */
export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile(path: string): Promise<Uint8Array>;
  /** Today as an ISO date (for citations' `accessed`); defaults to the clock. */
  today?(): string;
}

/** A sub-command of `tradelens`. */
export interface CliCommand {
  name: string;
  /** One line for `--help`, after the usage. */
  summary: string;
  /** Arguments after the command name, as shown in `--help`: `FILE [--keep-shape]`. */
  usage: string;
  /** Runs with the arguments after the command name; returns the exit status. */
  run(args: string[], io: CliIo): Promise<number>;
}

/**
 * Input the command cannot use (missing file, binary, unknown option…): the message becomes
 * the one `error: …` line on stderr and the exit status is 2. Say what is wrong and what to do.
 */
export class CliError extends Error {
  override name = 'CliError';
}
