import { createRowReader } from '../data/import/text/createRowReader';

const COUNTRIES = [
  'China',
  'Russian Federation',
  'Germany',
  'Türkiye',
  'Côte d’Ivoire',
  'United States',
  'Brazil',
  'India',
  'Japan',
  'South Africa',
  'Viet Nam',
  'Kazakhstan',
];
const GOODS = [
  'Mineral fuels, oils',
  'Machinery',
  'Vehicles',
  'Iron and steel',
  'Cereals',
  'Electrical equipment',
  'Pharmaceutical products',
  'Plastics',
];

/** A deterministic generator: the warm-up file is the same on every page load. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * A long trade table of the kind people upload, in every form the import reads cell by cell:
 * text with accents, quoted text with commas, zero-padded codes, years, grouped amounts in
 * quotes, plain and decimal numbers, empty and `..` cells.
 */
export function warmUpLongCsv(rows: number): string {
  const next = random(1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const lines = ['Reporter,Partner,HS code,Commodity,Flow,Year,Value (US$),Quantity,Share (%)'];
  for (let i = 0; i < rows; i++) {
    // Amounts over many orders of magnitude, past 2^31 too, as trade values are.
    const cents = String(Math.floor(10 ** (next() * 14))).padStart(3, '0');
    const grouped = `${cents.slice(0, -2).replace(/\B(?=(\d{3})+$)/g, ',')}.${cents.slice(-2)}`;
    const good = pick(GOODS);
    lines.push(
      [
        pick(COUNTRIES),
        pick(COUNTRIES),
        String(Math.floor(next() * 9999)).padStart(4, '0'),
        good.includes(',') ? `"${good}"` : good,
        next() < 0.5 ? 'Export' : 'Import',
        String(2000 + Math.floor(next() * 24)),
        i % 97 === 0 ? '' : `"${grouped}"`,
        i % 89 === 0 ? '..' : String(Math.floor(10 ** (next() * 12))),
        (next() * 100).toFixed(2),
      ].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

/** A wide table (a column per year) under a preamble, as World Bank downloads come. */
export function warmUpWideCsv(rows: number): string {
  const next = random(2);
  const years = Array.from({ length: 30 }, (_, i) => String(1994 + i));
  const lines = [
    '"Data Source","World Development Indicators",',
    '',
    ['"Country Name"', '"Country Code"', '"Indicator Name"', ...years.map((y) => `"${y}"`)].join(
      ',',
    ),
  ];
  for (let i = 0; i < rows; i++) {
    const cells = years.map(() => (next() < 0.1 ? '""' : `"${(next() * 100).toFixed(4)}"`));
    lines.push([`"Country ${i}"`, `"C${i}"`, '"Exports of goods (% of GDP)"', ...cells].join(','));
  }
  return lines.join('\n') + '\n';
}

/** Records whose text, cut anywhere, meets every case of the tokenizer. */
const TOKENIZER_SAMPLE =
  'Reporter,Partner,Note,Value\r\n' +
  'China,"Korea, Rep.","He said ""exceeding"".","1,234.5"\r\n' +
  'Côte d’Ivoire,,"two\r\nlines",7\r\n' +
  '"Türkiye",World,,""\r\n';

/**
 * Tokenizes the sample cut at every character, each piece as fresh text, as a slice of a
 * larger text and joined to the rest of a record: a real file's pieces end anywhere (inside
 * quotes, on a quote, between the two characters of a line break).
 */
export function warmUpRowReader(): number {
  let records = 0;
  const wider = `${TOKENIZER_SAMPLE}${TOKENIZER_SAMPLE}`;
  for (let cut = 1; cut < TOKENIZER_SAMPLE.length; cut++) {
    for (const newline of ['\r\n', '\n'] as const) {
      const text = newline === '\n' ? wider.replaceAll('\r\n', '\n') : wider;
      const reader = createRowReader(',', newline);
      records += reader.push(text.slice(0, cut)).length;
      records += reader.push(text.slice(cut, text.length >> 1)).length;
      records += reader.push(text.slice(text.length >> 1)).length;
      records += reader.end().length;
    }
  }
  return records;
}
