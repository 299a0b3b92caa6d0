import { unzipSync } from 'fflate';

/** Unpacked, a workbook's XML is read whole: past this it would not fit a tab's memory. */
export const MAX_WORKBOOK_UNPACKED = 1024 * 1024 * 1024;

/**
 * The size a workbook's ZIP entries say they unpack to, read from the archive's directory
 * without inflating anything (fflate's filter sees each entry's declared size first). Null
 * when the archive cannot be listed; the workbook reader then says what is wrong.
 */
export function unpackedSize(bytes: Uint8Array): number | null {
  let total = 0;
  try {
    unzipSync(bytes, {
      filter(entry) {
        total += entry.originalSize;
        return false;
      },
    });
  } catch {
    return null;
  }
  return total;
}
