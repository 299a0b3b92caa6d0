// A seeded, long-format trade CSV for benchmarks: one row per reporter, partner, HS code, flow
// and year, about 100 bytes a row, with the traits real files have (quoted names with commas,
// codes with leading zeros, quoted values with thousands separators).
//   node bench/generateTradeCsv.mjs ROWS [SEED] > trade.csv
import { createWriteStream } from 'node:fs';
import { pathToFileURL } from 'node:url';

const COUNTRIES = [
  'China',
  'United States',
  'Germany',
  'Japan',
  'Russian Federation',
  'France',
  'India',
  'Brazil',
  'Korea, Republic of',
  'Iran, Islamic Republic of',
  'China, Hong Kong SAR',
  'Netherlands',
  'Italy',
  'United Kingdom',
  'Canada',
  'Mexico',
  'Viet Nam',
  "Côte d'Ivoire",
  'Türkiye',
  'Saudi Arabia',
  'Congo, Democratic Republic of the',
  'South Africa',
  'Australia',
  'Indonesia',
  'Kazakhstan',
  'Poland',
  'Spain',
  'Thailand',
  'Malaysia',
  'Egypt',
  'Nigeria',
  'Argentina',
  'Chile',
  'Belarus',
];
const FLOWS = ['Export', 'Import'];
/** HS chapters (two digits, so codes 01xxxx–09xxxx keep a leading zero) and short titles. */
const CHAPTERS = [
  ['01', 'Live animals'],
  ['02', 'Meat and edible meat offal'],
  ['03', 'Fish and crustaceans, molluscs'],
  ['04', "Dairy produce; birds' eggs"],
  ['07', 'Edible vegetables'],
  ['09', 'Coffee, tea, mate and spices'],
  ['10', 'Cereals'],
  ['12', 'Oil seeds and oleaginous fruits'],
  ['22', 'Beverages, spirits and vinegar'],
  ['27', 'Mineral fuels, mineral oils'],
  ['30', 'Pharmaceutical products'],
  ['39', 'Plastics and articles thereof'],
  ['44', 'Wood and articles of wood'],
  ['61', 'Apparel, knitted or crocheted'],
  ['72', 'Iron and steel'],
  ['84', 'Machinery and mechanical appliances'],
  ['85', 'Electrical machinery and equipment'],
  ['87', 'Vehicles other than railway'],
  ['90', 'Optical, photographic instruments'],
  ['94', 'Furniture; bedding'],
];

/** mulberry32: a small, fast, seeded PRNG. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const quote = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const grouped = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The CSV text of `rows` data rows, in pieces of about 1 MB, through `write`. */
export function generateTradeCsv(rows, seed, write) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  // About 5,000 HS6 codes, as in the Harmonized System itself.
  const codes = Array.from({ length: 5000 }, () => {
    const [chapter, title] = pick(CHAPTERS);
    return [chapter + String(Math.floor(next() * 10000)).padStart(4, '0'), title];
  });
  let out =
    'Reporter,Partner,Commodity Code,Commodity,Trade Flow,Year,Trade Value (US$),Netweight (kg)\n';
  for (let i = 0; i < rows; i++) {
    const [hs, title] = pick(codes);
    const value = Math.floor(next() ** 3 * 5e9);
    const cents = Math.floor(next() * 100);
    const weight = Math.floor(next() * 9e6);
    out +=
      `${quote(pick(COUNTRIES))},${quote(pick(COUNTRIES))},${hs},${quote(title)},${pick(FLOWS)},${2000 + Math.floor(next() * 24)},` +
      `"${grouped(value)}.${String(cents).padStart(2, '0')}",${weight}\n`;
    if (out.length > 1 << 20) {
      write(out);
      out = '';
    }
  }
  write(out);
}

/** Writes the CSV to `path`; resolves when the file is complete. */
export function writeTradeCsv(path, rows, seed = 1) {
  return new Promise((resolve, reject) => {
    const file = createWriteStream(path);
    file.on('error', reject);
    generateTradeCsv(rows, seed, (chunk) => file.write(chunk));
    file.end(resolve);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = Number(process.argv[2] ?? 1000);
  const seed = Number(process.argv[3] ?? 1);
  generateTradeCsv(rows, seed, (chunk) => process.stdout.write(chunk));
}
