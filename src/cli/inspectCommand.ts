import type { Column } from '../lib/data/table';
import type { CliCommand } from './cliCommand';
import { oneFile, parseOptions } from './parseOptions';
import { readTable } from './readTable';

const usage = 'FILE [--sheet NAME]';

/** Missing cells in a column: NaN numbers, -1 codes. */
function missingCount(column: Column): number {
  let n = 0;
  if (column.type === 'number') {
    for (const v of column.values) if (Number.isNaN(v)) n++;
  } else {
    for (const code of column.codes) if (code < 0) n++;
  }
  return n;
}

/** JSON with one line per key, and one line per column or issue. */
function formatReport(report: Record<string, unknown>): string {
  const lines = Object.entries(report).map(([key, value]) => {
    const json = Array.isArray(value)
      ? value.length === 0
        ? '[]'
        : `[\n${value.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`
      : JSON.stringify(value);
    return `  ${JSON.stringify(key)}: ${json}`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}

/**
 * `inspect FILE`: what the importer sees, as one JSON object — encoding, delimiter, header
 * line, data rows, shape, the columns as read (before any reshape) and the issues.
 */
export const inspectCommand: CliCommand = {
  name: 'inspect',
  usage,
  summary:
    'what the importer sees in FILE: encoding, delimiter, header line, rows, shape, columns, issues (JSON)',
  async run(args, io) {
    const options = parseOptions('inspect', args, { sheet: 'value' });
    const file = oneFile('inspect', usage, options.positionals);
    const { table, meta } = await readTable(file, io, options.values.get('sheet'));
    const report = {
      encoding: meta.encoding,
      delimiter: meta.delimiter,
      headerLine: meta.headerLine,
      rows: meta.rows,
      shape: meta.shape,
      columns: table.columns.map((c) => ({
        name: c.name,
        type: c.type,
        missing: missingCount(c),
        role: c.role,
      })),
      issues: table.issues.map((i) => ({
        line: i.line,
        column: i.column,
        message: i.message,
        severity: i.severity,
      })),
    };
    io.stdout(formatReport(report));
    return 0;
  },
};
