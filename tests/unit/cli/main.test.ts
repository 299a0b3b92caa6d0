import { describe, expect, it } from 'vitest';
import { commands } from '../../../src/cli/commands';
import { CliError, helpText, runCli, type CliCommand } from '../../../src/cli/main';
import { expectUsageError, run } from './cliHelpers';

describe('runCli', () => {
  it("runCli(['--help']) prints every command and exits 0", async () => {
    const { code, stdout, stderr } = await run(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('tradelens inspect FILE');
    expect(stdout).toContain('tradelens convert FILE [--keep-shape]');
  });

  it("runCli(['inspect', '--help']) prints that command's usage", async () => {
    const { code, stdout } = await run(['inspect', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: tradelens inspect FILE/);
  });

  /** Lines too wide for a terminal, or ending in a space. */
  const badLines = (text: string) => text.split('\n').filter((l) => l.length > 100 || / $/.test(l));
  /** The text with its line breaks and alignment folded to single spaces. */
  const folded = (text: string) => text.replace(/\s+/g, ' ');

  it('--help fits a terminal: no line over 100 characters, none ending in a space', async () => {
    const { stdout } = await run(['--help']);
    expect(badLines(stdout)).toEqual([]);
    // Wrapping loses no word of any command's usage or summary.
    for (const c of commands) {
      expect(folded(stdout)).toContain(folded(`tradelens ${c.name} ${c.usage}`));
      expect(folded(stdout)).toContain(folded(c.summary));
    }
  });

  it('COMMAND --help fits a terminal too, for every command', async () => {
    for (const c of commands) {
      const { code, stdout } = await run([c.name, '--help']);
      expect(code).toBe(0);
      expect(badLines(stdout), c.name).toEqual([]);
      expect(folded(stdout)).toContain(folded(`Usage: tradelens ${c.name} ${c.usage}`));
    }
  });

  it('a wrapped usage keeps each [option VALUE] group on one line', () => {
    const wide: CliCommand = {
      name: 'wide',
      usage: Array.from({ length: 12 }, (_, i) => `[--option${i} VALUE${i}]`).join(' '),
      summary: 'a command with many options',
      run: async () => 0,
    };
    const lines = helpText([wide]).split('\n');
    expect(badLines(lines.join('\n'))).toEqual([]);
    for (let i = 0; i < 12; i++)
      expect(lines.some((l) => l.includes(`[--option${i} VALUE${i}]`))).toBe(true);
  });

  const bad = [
    { argv: [], says: /^error: no command given\. Run "tradelens --help"/ },
    {
      argv: ['draw', 'x.csv'],
      says: /^error: unknown command "draw": the commands are inspect, convert/,
    },
    { argv: ['inspect'], says: /^error: inspect needs a FILE: tradelens inspect FILE/ },
    { argv: ['convert'], says: /^error: convert needs a FILE/ },
    { argv: ['inspect', 'a.csv', 'b.csv'], says: /^error: inspect takes one FILE, got 2/ },
    {
      argv: ['convert', 'a.csv', '--wide'],
      says: /^error: convert does not know the option --wide: it takes --keep-shape/,
    },
    {
      argv: ['inspect', 'missing.csv'],
      says: /^error: cannot read "missing.csv": there is no such file/,
    },
    { argv: ['inspect', 'tests'], says: /^error: "tests" is a folder, not a file/ },
  ];
  for (const { argv, says } of bad) {
    it(`runCli(${JSON.stringify(argv)}) exits 2 with one error line`, async () => {
      const result = expectUsageError(await run(argv));
      expect(result).toMatchObject({ code: 2, stdout: '', stack: false });
      expect(result.lines).toHaveLength(1);
      expect(result.lines[0]).toMatch(says);
    });
  }

  it('runCli(a command that crashes) exits 1 with one line and no stack trace', async () => {
    const broken: CliCommand = {
      name: 'boom',
      usage: '',
      summary: 'fails',
      run: async () => {
        throw new TypeError('x is undefined');
      },
    };
    let stderr = '';
    const io = {
      stdout: () => {},
      stderr: (s: string) => void (stderr += s),
      readFile: async () => new Uint8Array(),
    };
    expect(await runCli(['boom'], io, [broken])).toBe(1);
    expect(stderr).toBe(
      'error: internal error in tradelens (x is undefined). Please report it with the command you ran.\n',
    );
  });

  it('runCli(a command table with one more command) runs it: render can join the same way', async () => {
    const render: CliCommand = {
      name: 'render',
      usage: 'FILE --out OUT.svg',
      summary: 'a chart image',
      run: async (args, io) => {
        if (!args.includes('--out')) throw new CliError('render needs --out OUT.svg.');
        io.stdout('rendered\n');
        return 0;
      },
    };
    let out = '';
    const io = {
      stdout: (s: string) => void (out += s),
      stderr: (s: string) => void (out += s),
      readFile: async () => new Uint8Array(),
    };
    expect(await runCli(['render', 'x.csv', '--out', 'c.svg'], io, [render])).toBe(0);
    expect(await runCli(['render', 'x.csv'], io, [render])).toBe(2);
    expect(out).toBe('rendered\nerror: render needs --out OUT.svg.\n');
    expect(helpText([render])).toContain('tradelens render FILE --out OUT.svg  a chart image');
  });
});
