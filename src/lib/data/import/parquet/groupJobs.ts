import type { FileMetaData, SchemaElement } from 'hyparquet';
import type { ParquetKind } from './parquetColumnKinds';
import type { ChunkSpec, GroupJob } from './readRowGroup';

/** A column to read: its name, kind and schema element. */
export interface ReadColumn {
  name: string;
  kind: ParquetKind;
  element: SchemaElement;
}

/**
 * The row groups to read, in file order, each with the byte span of the chunks of `columns`
 * (one read per group, not per column), up to `rows` rows in all.
 */
export function groupJobs(metadata: FileMetaData, columns: ReadColumn[], rows: number): GroupJob[] {
  const byName = new Map(columns.map((c) => [c.name, c]));
  const jobs: GroupJob[] = [];
  let rowStart = 0;
  metadata.row_groups.forEach((group, index) => {
    const groupRows = Math.min(Number(group.num_rows), rows - rowStart);
    if (!(groupRows > 0)) return;
    const chunks: ChunkSpec[] = [];
    for (const { meta_data: meta } of group.columns) {
      const column = meta?.path_in_schema.length === 1 && byName.get(meta.path_in_schema[0]);
      if (!meta || !column) continue;
      const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
      const end = start + Number(meta.total_compressed_size);
      chunks.push({ ...column, codec: meta.codec, start, end });
    }
    const start = chunks.length ? Math.min(...chunks.map((c) => c.start)) : 0;
    const end = chunks.length ? Math.max(...chunks.map((c) => c.end)) : 0;
    jobs.push({ index, rowStart, rows: groupRows, start, end, chunks });
    rowStart += groupRows;
  });
  return jobs;
}
