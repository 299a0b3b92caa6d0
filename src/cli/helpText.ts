import type { CliCommand } from './cliCommand';

/** Help fits a standard terminal; a longer line wraps instead of padding others to its width. */
const HELP_WIDTH = 80;

/**
 * The words of a usage line, keeping each bracketed or parenthesised group whole
 * (`[--height H | --size landscape|social]` never breaks inside).
 */
function usageWords(usage: string): string[] {
  const words: string[] = [];
  let depth = 0;
  let word = '';
  for (const ch of usage) {
    if (ch === '[' || ch === '(') depth++;
    if (ch === ']' || ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ' ' && depth === 0) {
      if (word) words.push(word);
      word = '';
    } else word += ch;
  }
  if (word) words.push(word);
  return words;
}

/**
 * Words joined into lines of at most `width` columns: the first line starts with `first`, the
 * others with `rest`. A word longer than a line gets a line of its own. No line ends in a space.
 */
function wrapWords(words: string[], first: string, rest: string, width = HELP_WIDTH) {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of words) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest;
      empty = true;
    }
    line += empty ? word : ` ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines.map((l) => l.trimEnd());
}

/**
 * A command's call after `prefix`, wrapped with its options aligned after `tradelens NAME `,
 * or indented less when an option group would not fit there.
 */
function usageLines(call: string, prefix = '  '): string[] {
  const words = usageWords(call);
  const aligned = prefix.length + words.slice(0, 2).join(' ').length + 1;
  const longest = Math.max(...words.map((w) => w.length));
  const hang = aligned + longest <= HELP_WIDTH ? aligned : prefix.length + 8;
  return wrapWords(words, prefix, ' '.repeat(hang));
}

/**
 * The usage lines of every command: one `call  summary` line each when all fit the width,
 * else each call (wrapped) over its summary (wrapped, indented).
 */
function commandLines(entries: { call: string; summary: string }[]): string[] {
  const width = Math.max(...entries.map((e) => e.call.length));
  const columns = entries.map((e) => `  ${e.call.padEnd(width)}  ${e.summary}`);
  if (columns.every((l) => l.length <= HELP_WIDTH)) return columns;
  return entries.flatMap((e) => [
    ...usageLines(e.call),
    ...wrapWords(e.summary.split(' '), '      ', '      '),
  ]);
}

const EXIT_STATUS =
  'Exit status: 0 on success (issues may still be reported); 2 when the input cannot be used, with one "error: …" line on stderr that says what is wrong and what to do.';

/** The `--help` text, from the command table. */
export function helpText(commands: readonly CliCommand[]): string {
  const entries = [
    ...commands.map((c) => ({ call: `tradelens ${c.name} ${c.usage}`.trim(), summary: c.summary })),
    { call: 'tradelens --help', summary: 'this text' },
  ];
  return [
    'tradelens: trade statistics from CSV files, on the command line',
    '',
    'Usage:',
    ...commandLines(entries),
    '',
    ...wrapWords(EXIT_STATUS.split(' '), '', ''),
    '',
  ].join('\n');
}

/** `tradelens NAME --help`: the command's usage and summary, wrapped. */
export function commandHelp(command: CliCommand): string {
  const usage = usageLines(`tradelens ${command.name} ${command.usage}`.trim(), 'Usage: ');
  return `${[...usage, ...wrapWords(command.summary.split(' '), '  ', '  ')].join('\n')}\n`;
}
