/**
 * papaparse's core tokenizer (`Papa.Parser`, papaparse 5.7.1, MIT licence, © Rick Rabbit and
 * Matt Holt), ported line for line for the one use the importer makes of it: a delimiter, a
 * newline and `"` quotes, with no header, step, preview or comment handling. The web component
 * is built with this module in place of the `papaparse` package (which cannot be tree-shaken):
 * the same records from the same text, for a seventh of the bytes. `papaParser.test.ts` checks
 * the port against the package on generated text and on the real fixtures.
 */

interface ParserConfig {
  delimiter: string;
  newline: string;
  quoteChar?: string;
}

interface ParseResult {
  data: string[][];
  /** Only papaparse's `MissingQuotes`: a quoted field still open at the end of the text. */
  errors: { code: 'MissingQuotes'; row: number; index: number }[];
  meta: { cursor: number };
}

const BAD_DELIMITERS = ['\r', '\n', '"', '\ufeff'];
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class Parser {
  readonly #delim: string;
  readonly #newline: string;
  readonly #quote: string;

  constructor(config: ParserConfig) {
    const { delimiter, newline } = config;
    this.#delim = BAD_DELIMITERS.includes(delimiter) ? ',' : delimiter;
    this.#newline = newline === '\r' || newline === '\r\n' ? newline : '\n';
    this.#quote = config.quoteChar ?? '"';
  }

  /**
   * Records in `input`. With `ignoreLastRow`, a last record that may continue in the next text
   * is left out, and `meta.cursor` says where it starts.
   */
  parse(input: string, baseIndex = 0, ignoreLastRow = false): ParseResult {
    const delim = this.#delim;
    const newline = this.#newline;
    const quote = this.#quote;
    const inputLen = input.length;
    const delimLen = delim.length;
    const newlineLen = newline.length;
    let cursor = 0;
    let lastCursor = 0;
    const data: string[][] = [];
    const errors: ParseResult['errors'] = [];
    let row: string[] = [];
    const result = (): ParseResult => ({ data, errors, meta: { cursor: lastCursor + baseIndex } });
    const pushRow = (r: string[]) => {
      data.push(r);
      lastCursor = cursor;
    };
    if (!input) return result();

    // No quote anywhere: plain splitting.
    if (input.indexOf(quote) === -1) {
      const rows = input.split(newline);
      for (let i = 0; i < rows.length; i++) {
        const line = rows[i];
        cursor += line.length;
        if (i !== rows.length - 1) cursor += newlineLen;
        else if (ignoreLastRow) return result();
        pushRow(line.split(delim));
      }
      return result();
    }

    let nextDelim = input.indexOf(delim, cursor);
    let nextNewline = input.indexOf(newline, cursor);
    const escapedQuote = new RegExp(escapeRegExp(quote) + escapeRegExp(quote), 'g');
    let quoteSearch = input.indexOf(quote, cursor);

    // Spaces only between the closing quote and `index`: how many.
    const extraSpaces = (index: number) => {
      if (index === -1) return 0;
      const between = input.substring(quoteSearch + 1, index);
      return between && between.trim() === '' ? between.length : 0;
    };
    const finish = (value?: string) => {
      if (ignoreLastRow) return result();
      row.push(value ?? input.substring(cursor));
      cursor = inputLen;
      pushRow(row);
      return result();
    };
    const saveRow = (newCursor: number) => {
      cursor = newCursor;
      pushRow(row);
      row = [];
      nextNewline = input.indexOf(newline, cursor);
    };

    for (;;) {
      if (input[cursor] === quote) {
        // A quoted field: find its closing quote.
        quoteSearch = cursor;
        cursor++;
        for (;;) {
          quoteSearch = input.indexOf(quote, quoteSearch + 1);
          if (quoteSearch === -1) {
            if (!ignoreLastRow)
              errors.push({ code: 'MissingQuotes', row: data.length, index: cursor });
            return finish();
          }
          if (quoteSearch === inputLen - 1) {
            return finish(input.substring(cursor, quoteSearch).replace(escapedQuote, quote));
          }
          // A doubled quote is part of the value.
          if (input[quoteSearch + 1] === quote) {
            quoteSearch++;
            continue;
          }
          if (nextDelim !== -1 && nextDelim < quoteSearch + 1) {
            nextDelim = input.indexOf(delim, quoteSearch + 1);
          }
          if (nextNewline !== -1 && nextNewline < quoteSearch + 1) {
            nextNewline = input.indexOf(newline, quoteSearch + 1);
          }
          const checkUpTo = nextNewline === -1 ? nextDelim : Math.min(nextDelim, nextNewline);
          const toDelim = extraSpaces(checkUpTo);
          if (input.substr(quoteSearch + 1 + toDelim, delimLen) === delim) {
            row.push(input.substring(cursor, quoteSearch).replace(escapedQuote, quote));
            cursor = quoteSearch + 1 + toDelim + delimLen;
            if (input[quoteSearch + 1 + toDelim + delimLen] !== quote) {
              quoteSearch = input.indexOf(quote, cursor);
            }
            if (nextDelim !== -1 && nextDelim < cursor) nextDelim = input.indexOf(delim, cursor);
            if (nextNewline !== -1 && nextNewline < cursor) {
              nextNewline = input.indexOf(newline, cursor);
            }
            break;
          }
          const toNewline = extraSpaces(nextNewline);
          const after = quoteSearch + 1 + toNewline;
          if (input.substring(after, after + newlineLen) === newline) {
            row.push(input.substring(cursor, quoteSearch).replace(escapedQuote, quote));
            saveRow(after + newlineLen);
            if (nextDelim !== -1 && nextDelim < cursor) nextDelim = input.indexOf(delim, cursor);
            quoteSearch = input.indexOf(quote, cursor);
            break;
          }
          // A quote followed by anything else is part of a malformed value: keep looking.
          quoteSearch++;
        }
        continue;
      }
      if (nextDelim !== -1 && (nextDelim < nextNewline || nextNewline === -1)) {
        row.push(input.substring(cursor, nextDelim));
        cursor = nextDelim + delimLen;
        nextDelim = input.indexOf(delim, cursor);
        continue;
      }
      if (nextNewline !== -1) {
        row.push(input.substring(cursor, nextNewline));
        saveRow(nextNewline + newlineLen);
        continue;
      }
      break;
    }
    return finish();
  }
}

export default { Parser };
