import { columnValue } from '../lib/data/columnValue';
import { toLong } from '../lib/data/import';
import type { Table } from '../lib/data/table';
import type { CliCommand } from './cliCommand';
import { oneFile, parseOptions } from './parseOptions';
import { readTable } from './readTable';

const usage = 'FILE [--keep-shape] [--sheet NAME]';

/**
 * The table as JSON text, one row per line so large tables stay readable and streamable:
 * `{"columns": [{name, type, role}], "rows": [[…]], "provenance": {…}}`.
 */
export function tableToJson(table: Table): string {
  const columns = table.columns.map((c) => ({ name: c.name, type: c.type, role: c.role }));
  const rows: string[] = [];
  for (let r = 0; r < table.rowCount; r++)
    rows.push(JSON.stringify(table.columns.map((c) => columnValue(c, r))));
  const body = rows.length === 0 ? '[]' : `[\n${rows.join(',\n')}\n]`;
  return `{"columns": ${JSON.stringify(columns)},\n"rows": ${body},\n"provenance": ${JSON.stringify(table.provenance)}}\n`;
}

/** `convert FILE [--keep-shape]`: the table the dashboard would chart; wide files come back long. */
export const convertCommand: CliCommand = {
  name: 'convert',
  usage,
  summary:
    'the table in FILE as JSON (columns, rows, provenance); wide tables reshaped long unless --keep-shape',
  async run(args, io) {
    const options = parseOptions('convert', args, { 'keep-shape': 'flag', sheet: 'value' });
    const file = oneFile('convert', usage, options.positionals);
    const { table } = await readTable(file, io, options.values.get('sheet'));
    const out = options.flags.has('keep-shape') ? table : toLong(table);
    // What reshaping itself had to say (a table too wide to make long) goes to stderr.
    for (const issue of out.issues.slice(table.issues.length))
      io.stderr(`warning: ${issue.message}\n`);
    io.stdout(tableToJson(out));
    return 0;
  },
};
