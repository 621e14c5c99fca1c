import { type ByteSource, ByteScanner, csvTextDecoder, sniffScannedNonCsv } from "./decode";
import { type CsvBatch, CsvReader, type CsvReaderOptions, type ParseBytesOptions, type ReadCsv, sizeRefusal } from "./parse";

export const BATCH_ROWS = 5_000;

export interface StreamCsvOptions extends ParseBytesOptions, Pick<CsvReaderOptions, "parseChars"> {
  batchRows?: number;
}

/** The file as far as it has been read: what a batch's rows belong to. */
export interface CsvSoFar {
  headers: string[];
  delimiter: string;
  encoding: string;
}

const refused = (message: string, tooLarge?: boolean): ReadCsv => ({ encoding: "", delimiter: "", headers: [], rowCount: 0, fileErrors: [message], ...(tooLarge ? { tooLarge } : {}) });

/**
 * parseCsvBytes for a file of any size: one pass over the bytes settles the encoding (a
 * Windows-1252 byte can come last), a second decodes and parses them, handing `onBatch` up to
 * `batchRows` rows at a time. Rows stop going out as soon as the file is sure to be refused, but
 * batches already handed out may still belong to a refused file: check the result's fileErrors.
 */
export async function streamCsv(source: ByteSource, onBatch: (batch: CsvBatch, file: CsvSoFar) => Promise<void> | void, opts: StreamCsvOptions = {}): Promise<ReadCsv> {
  const tooLarge = sizeRefusal(source.size, opts.maxBytes);
  if (tooLarge) return refused(tooLarge, true);
  const scanner = new ByteScanner();
  for await (const chunk of source.chunks()) scanner.push(chunk);
  const scan = scanner.end();
  const notCsv = sniffScannedNonCsv(scan);
  if (notCsv) return refused(notCsv);

  const decoder = csvTextDecoder(scan);
  const reader = new CsvReader({ maxRows: opts.maxRows, parseChars: opts.parseChars, mayHaveQuotedLineBreaks: scan.mayHaveQuotedLineBreaks });
  const batchRows = opts.batchRows ?? BATCH_ROWS;
  const handOut = async (all: boolean) => {
    while (reader.waiting >= batchRows || (all && reader.waiting > 0)) {
      const batch = reader.take();
      if (reader.refused) continue;
      let after = 0;
      for (let start = 0; start < batch.rows.length; start += batchRows) {
        const rows = batch.rows.slice(start, start + batchRows);
        const last = start + batchRows >= batch.rows.length ? Infinity : rows.at(-1)!.rowNumber;
        // An issue goes with its row's batch (one on a blank record with the batch before it).
        const rowIssues = batch.rowIssues.filter((issue) => issue.rowNumber > after && issue.rowNumber <= last);
        after = last;
        await onBatch({ rows, rowIssues }, { headers: reader.headers!, delimiter: reader.delimiter, encoding: decoder.encoding });
      }
    }
  };
  for await (const chunk of source.chunks()) {
    reader.push(decoder.write(chunk));
    if (reader.tooManyRows) break;
    await handOut(false);
  }
  reader.push(decoder.end());
  reader.end();
  await handOut(true);
  return { ...reader.result(), encoding: decoder.encoding };
}
