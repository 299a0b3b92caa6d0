/** The line terminator a file uses; `mixed` when it uses more than one. */
export type Newline = '\n' | '\r\n' | '\r' | 'mixed';

/** Physical line breaks in `s`: CRLF, LF and a lone CR each count once. */
export function countLineBreaks(s: string): number {
  if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && s.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

/**
 * The line terminator of `text`, counted outside double quotes (a quoted cell may hold a
 * different one). Text without any line break reads as `\n`.
 */
export function detectNewline(text: string): Newline {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  const kinds = (crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
  if (kinds > 1) return 'mixed';
  if (crlf > 0) return '\r\n';
  if (cr > 0) return '\r';
  return '\n';
}

/** State carried between chunks by normalizeNewlines. */
export interface NewlineCarry {
  /** A CR ended the previous chunk (it may pair with an LF starting this one). */
  cr: boolean;
  /** The previous chunk ended inside a quoted field. */
  quoted: boolean;
}

/**
 * Rewrites every CRLF and lone CR outside quoted fields as LF, for files that mix line
 * terminators; line breaks inside quoted cells stay as written. `final` flushes a held CR.
 */
export function normalizeNewlines(chunk: string, carry: NewlineCarry, final = false): string {
  const text = carry.cr ? '\r' + chunk : chunk;
  carry.cr = false;
  let quoted = carry.quoted;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 13 && !quoted) {
      out += text.slice(from, i);
      if (i === text.length - 1 && !final) {
        carry.cr = true;
        from = text.length;
        break;
      }
      out += '\n';
      if (text.charCodeAt(i + 1) === 10) i++;
      from = i + 1;
    }
  }
  carry.quoted = quoted;
  return out + text.slice(from);
}
