import { byteOrderMark, utf16ByNulPattern } from './text/detectEncoding';
import { MAX_IMPORT_BYTES } from './importLimits';

const SAVE_AS_CSV = 'save it as CSV (File › Save As › CSV UTF-8) and upload that';

/** File signatures of formats people upload by mistake, with what to call them. */
const SIGNATURES: { bytes: number[]; what: string; todo?: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'an Excel workbook (.xlsx) or another ZIP archive' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'an empty ZIP archive' },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    what: 'a password-protected (encrypted) workbook or an old-style Excel workbook (.xls)',
    todo:
      'if it has a password, open it in Excel and remove it (File › Info › Protect Workbook); ' +
      'then save it as .xlsx, or ',
  },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x1f, 0x8b], what: 'a gzip-compressed file' },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** `2 GB`, `2.4 GB`, `612 MB`, `2 KB`: sizes in messages. */
export function formatBytes(n: number): string {
  const gb = n / 1024 ** 3;
  if (gb >= 1)
    return `${Number.isInteger(Math.round(gb * 10) / 10) ? Math.round(gb) : gb.toFixed(1)} GB`;
  if (n >= 1024 * 1024) return `${Math.round(n / (1024 * 1024))} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

/**
 * Why a file cannot be read as CSV text, judged from its size and first bytes, or null when
 * it may be text. Covers: too big, empty, known binary formats, and NUL bytes outside UTF-16.
 */
export function refuseFile(
  firstBytes: Uint8Array,
  size: number = firstBytes.length,
  maxBytes: number = MAX_IMPORT_BYTES,
): string | null {
  if (size > maxBytes) {
    return (
      `The file is ${formatBytes(size)}, more than the ${formatBytes(maxBytes)} the importer reads: ` +
      'filter or split it (for example by year or by reporter) and upload the parts.'
    );
  }
  if (size === 0 || firstBytes.length === 0) {
    return 'The file is empty (0 bytes): there is nothing to import. Pick the CSV file that holds the table.';
  }
  for (const { bytes, what, todo } of SIGNATURES) {
    if (startsWith(firstBytes, bytes)) {
      return `This file is ${what}, not CSV text: ${todo ?? ''}${SAVE_AS_CSV}.`;
    }
  }
  if (!byteOrderMark(firstBytes) && !utf16ByNulPattern(firstBytes) && firstBytes.includes(0)) {
    return `This file holds binary data (NUL bytes), not CSV text: ${SAVE_AS_CSV}.`;
  }
  return null;
}
