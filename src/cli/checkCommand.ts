import { toLong } from '../lib/data/import';
import { checkRelease } from '../lib/provenance/checkRelease';
import type { CliCommand } from './cliCommand';
import { oneFile, parseOptions } from './parseOptions';
import { readTable } from './readTable';

const usage = 'FILE';

/**
 * `check FILE`: the release's claims (2022 two-way trade exceeding $190 billion; up 116 percent
 * from 2012) checked against the China–Russia figures in FILE, as JSON: each claim's verdict,
 * the figure found, the file lines used and the arithmetic.
 */
export const checkCommand: CliCommand = {
  name: 'check',
  usage,
  summary:
    'the release’s claims checked against the China–Russia figures in FILE: consistent, inconsistent or not covered (JSON)',
  async run(args, io) {
    const file = oneFile('check', usage, parseOptions('check', args, {}).positionals);
    const { table, lines } = await readTable(file, io);
    const long = toLong(table);
    // A wide file made long repeats each of its rows once per period column, in order.
    const per = long.rowCount / Math.max(1, table.rowCount);
    const lineOf = (row: number) => lines?.[Math.floor(row / per)] ?? null;
    const claims = checkRelease(long).map((c) => ({
      ...c,
      rows: [...new Set(c.rows.map(lineOf).filter((l): l is number => l !== null))].sort(
        (a, b) => a - b,
      ),
    }));
    io.stdout(`${JSON.stringify({ claims }, null, 2)}\n`);
    return 0;
  },
};
