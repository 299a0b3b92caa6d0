import { describe, expect, it } from 'vitest';
import { CliError } from '../../../src/cli/cliCommand';
import { oneFile, parseOptions, type OptionSpec } from '../../../src/cli/parseOptions';

describe('parseOptions', () => {
  it("parseOptions(['a.csv', '--keep-shape']) splits positionals and flags", () => {
    const parsed = parseOptions('convert', ['a.csv', '--keep-shape'], { 'keep-shape': 'flag' });
    expect(parsed.positionals).toEqual(['a.csv']);
    expect([...parsed.flags]).toEqual(['keep-shape']);
  });

  it("parseOptions(['--out', 'x.svg', '--type=line']) reads option values both ways", () => {
    const parsed = parseOptions('render', ['--out', 'x.svg', '--type=line'], {
      out: 'value',
      type: 'value',
    });
    expect(Object.fromEntries(parsed.values)).toEqual({ out: 'x.svg', type: 'line' });
  });

  it("parseOptions(['--title=--draft']) takes a value written with = as it stands", () => {
    const parsed = parseOptions('render', ['--title=--draft'], { title: 'value' });
    expect(parsed.values.get('title')).toBe('--draft');
  });

  it("parseOptions(['--', '--odd-name.csv']) treats what follows -- as files", () => {
    expect(parseOptions('inspect', ['--', '--odd-name.csv'], {}).positionals).toEqual([
      '--odd-name.csv',
    ]);
  });

  const errors: { args: string[]; spec: OptionSpec; says: string }[] = [
    {
      args: ['--nope'],
      spec: {},
      says: 'inspect does not know the option --nope: it takes no options.',
    },
    { args: ['--out'], spec: { out: 'value' }, says: '--out needs a value: --out VALUE.' },
    {
      args: ['--out', '--sheet', 'A'],
      spec: { out: 'value', sheet: 'value' },
      says: '--out needs a value: --out VALUE.',
    },
    {
      args: ['--scale'],
      spec: { scale: ['1', '2'] },
      says: '--scale needs a value, one of 1, 2: --scale 1.',
    },
    {
      args: ['--keep-shape=yes'],
      spec: { 'keep-shape': 'flag' },
      says: '--keep-shape takes no value: write just --keep-shape.',
    },
  ];
  for (const { args, spec, says } of errors) {
    it(`parseOptions(${JSON.stringify(args)}) throws a CliError: ${says}`, () => {
      expect(() => parseOptions('inspect', args, spec)).toThrow(new CliError(says));
    });
  }

  it('oneFile([]) says how to call the command', () => {
    expect(() => oneFile('inspect', 'FILE', [])).toThrow(
      'inspect needs a FILE: tradelens inspect FILE.',
    );
  });
});
