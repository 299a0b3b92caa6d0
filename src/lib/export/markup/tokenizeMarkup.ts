/** One piece of XML or serialised HTML: text (entities decoded), a start tag or an end tag. */
export type MarkupToken =
  | { kind: 'text'; text: string }
  | { kind: 'open'; name: string; attrs: [string, string][]; selfClosing: boolean }
  | { kind: 'close'; name: string };

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the references XML and serialised HTML use; an unknown one stays as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (ref, body: string) => {
    if (body[0] !== '#') return NAMED[body] ?? ref;
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}

const NAME = /[A-Za-z_][\w:.-]*/y;
const ATTR_NAME = /[^\s"'>/=]+/y;
const UNQUOTED = /[^\s>]+/y;
const SPACE = /\s*/y;

function match(re: RegExp, s: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(s);
  return m ? m[0] : null;
}

/**
 * Splits markup into tokens, forgivingly: comments, doctypes and processing instructions are
 * dropped (so no entity declarations), CDATA becomes text, and a `<` that starts no tag is text.
 */
export function tokenizeMarkup(s: string): MarkupToken[] {
  const tokens: MarkupToken[] = [];
  const text = (t: string) => {
    if (!t) return;
    const last = tokens[tokens.length - 1];
    if (last?.kind === 'text') last.text += t;
    else tokens.push({ kind: 'text', text: t });
  };
  const skipPast = (end: string, from: number) => {
    const at = s.indexOf(end, from);
    return at < 0 ? s.length : at + end.length;
  };
  let i = 0;
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    if (lt < 0) {
      text(decodeEntities(s.slice(i)));
      break;
    }
    text(decodeEntities(s.slice(i, lt)));
    if (s.startsWith('<!--', lt)) i = skipPast('-->', lt + 4);
    else if (s.startsWith('<![CDATA[', lt)) {
      i = skipPast(']]>', lt + 9);
      text(s.slice(lt + 9, s.indexOf(']]>', lt + 9) < 0 ? s.length : i - 3));
    } else if (s[lt + 1] === '!' || s[lt + 1] === '?') {
      const gt = s.indexOf('>', lt);
      const subset = s.indexOf('[', lt);
      // A doctype's internal subset holds `>`s of its own: skip to its `]>`.
      i = subset >= 0 && (gt < 0 || subset < gt) ? skipPast(']>', subset) : skipPast('>', lt);
    } else if (s[lt + 1] === '/') {
      const m = /^<\/\s*([A-Za-z_][\w:.-]*)\s*>/.exec(s.slice(lt, lt + 256));
      if (m) tokens.push({ kind: 'close', name: m[1] });
      else text('<');
      i = m ? lt + m[0].length : lt + 1;
    } else i = openTag(s, lt, tokens, text);
  }
  return tokens;
}

/** Reads a start tag at `lt`; returns where reading goes on. */
function openTag(s: string, lt: number, tokens: MarkupToken[], text: (t: string) => void): number {
  const name = match(NAME, s, lt + 1);
  if (!name) {
    text('<');
    return lt + 1;
  }
  const attrs: [string, string][] = [];
  let j = lt + 1 + name.length;
  for (;;) {
    j += match(SPACE, s, j)?.length ?? 0;
    if (j >= s.length) return s.length;
    if (s.startsWith('/>', j)) {
      tokens.push({ kind: 'open', name, attrs, selfClosing: true });
      return j + 2;
    }
    if (s[j] === '>') {
      tokens.push({ kind: 'open', name, attrs, selfClosing: false });
      return j + 1;
    }
    const attr = match(ATTR_NAME, s, j);
    if (!attr) {
      j++;
      continue;
    }
    j += attr.length;
    j += match(SPACE, s, j)?.length ?? 0;
    let value = '';
    if (s[j] === '=') {
      j += 1 + (match(SPACE, s, j + 1)?.length ?? 0);
      const quote = s[j];
      if (quote === '"' || quote === "'") {
        const end = s.indexOf(quote, j + 1);
        value = s.slice(j + 1, end < 0 ? s.length : end);
        j = end < 0 ? s.length : end + 1;
      } else {
        value = match(UNQUOTED, s, j) ?? '';
        j += value.length;
      }
    }
    attrs.push([attr, decodeEntities(value)]);
  }
}
