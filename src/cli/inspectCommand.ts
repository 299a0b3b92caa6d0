import { measureUnit } from '../lib/charts/prepare/measureUnit';
import { AXIS_SYMBOL } from '../lib/charts/units/formatAmount';
import { aggregatesIn } from '../lib/data/meaning/aggregates';
import type { Column, Table } from '../lib/data/table';
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

const PLACES = new Set(['entity', 'reporter', 'partner']);

/** What a measure column's figures are in: `{label: "US$", scale: 1000000}`; none when nothing says. */
function unitOf(table: Table, column: Column): { label: string; scale: number } | undefined {
  if (column.type !== 'number' || column.role === 'time' || column.role === 'code')
    return undefined;
  const unit = measureUnit(table, column, new Uint8Array(table.rowCount).fill(1));
  const label = unit.percent ? '%' : unit.currency ? AXIS_SYMBOL[unit.currency] : undefined;
  if (!label && unit.scale === 1) return undefined;
  return { label: label ?? '', scale: unit.scale };
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
    'what the importer sees in FILE: encoding, delimiter, header line, rows, shape, source, columns (units, groups), issues (JSON)',
  async run(args, io) {
    const options = parseOptions('inspect', args, { sheet: 'value' });
    const file = oneFile('inspect', usage, options.positionals);
    const { table, meta } = await readTable(file, io, options.values.get('sheet'));
    const source = table.provenance.fileSource;
    const report = {
      encoding: meta.encoding,
      delimiter: meta.delimiter,
      headerLine: meta.headerLine,
      rows: meta.rows,
      shape: meta.shape,
      source: source
        ? {
            publisher: source.publisher,
            title: source.title,
            dataset: source.dataset,
            updated: source.updated,
            url: source.url,
            readFrom: source.readFrom,
          }
        : null,
      columns: table.columns.map((c) => {
        const unit = unitOf(table, c);
        return {
          name: c.name,
          type: c.type,
          missing: missingCount(c),
          role: c.role,
          ...(unit ? { unit } : {}),
          ...(c.type !== 'number' && PLACES.has(c.role ?? '')
            ? { aggregates: aggregatesIn(table, c) }
            : {}),
        };
      }),
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
