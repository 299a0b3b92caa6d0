import { CliError, type CliCommand, type CliIo } from './cliCommand';
import { commands as defaultCommands } from './commands';
import { commandHelp, helpText as layoutHelp } from './helpText';

export { CliError, type CliCommand, type CliIo } from './cliCommand';

const HELP_FLAGS = new Set(['--help', '-h', 'help']);

/** The `--help` text, from the command table. */
export const helpText = (commands: readonly CliCommand[] = defaultCommands) => layoutHelp(commands);

/** One line, whatever the message holds (a file name may contain line breaks). */
const oneLine = (message: string) => message.replace(/\s*[\r\n]+\s*/g, ' ');

/**
 * Runs `tradelens` with `argv` (the arguments after the program name) and returns the exit
 * status: 0 on success, 2 for input that cannot be used (one `error: …` line on stderr),
 * 1 for a bug (also one line; never a stack trace).
 */
export async function runCli(
  argv: string[],
  io: CliIo,
  commands: readonly CliCommand[] = defaultCommands,
): Promise<number> {
  const [name, ...args] = argv;
  try {
    if (name === undefined) {
      throw new CliError('no command given. Run "tradelens --help" to see the commands.');
    }
    if (HELP_FLAGS.has(name)) {
      io.stdout(helpText(commands));
      return 0;
    }
    const command = commands.find((c) => c.name === name);
    if (!command) {
      const known = commands.map((c) => c.name).join(', ');
      throw new CliError(
        `unknown command "${name}": the commands are ${known}. Run "tradelens --help" for details.`,
      );
    }
    if (args.some((a) => a === '--help' || a === '-h')) {
      io.stdout(commandHelp(command));
      return 0;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`error: ${oneLine(error.message)}\n`);
      return 2;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(
      `error: internal error in tradelens (${oneLine(detail)}). Please report it with the command you ran.\n`,
    );
    return 1;
  }
}
