import Papa from 'papaparse';

/** The separators a legacy export may use; `auto` lets the parser work it out from the first lines. */
export const CSV_DELIMITERS = ['auto', ',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** Papa's per-file parser, which its own streamers drive chunk by chunk (papaparse.js, ChunkStreamer); not in its types. */
interface PapaParserHandle {
  parse(input: string, baseIndex: number, ignoreLastRow: boolean): { data: string[][]; meta: { cursor: number; delimiter: string } };
}
type PapaParserHandleConstructor = new (config: Papa.ParseConfig) => PapaParserHandle;

/**
 * CSV as spreadsheets and old systems export it, read by papaparse: fields in double quotes may
 * hold separators, line breaks (read as LF) and doubled quotes (`""`); records end with CRLF, LF or CR; the
 * separator is a comma, semicolon, tab or pipe, worked out from the first lines unless chosen; a
 * UTF-8 byte order mark at the start is dropped. Text arrives in pieces (a file read in slices):
 * an unfinished last record is kept for the next piece, as papaparse's own streamers do.
 */
export class CsvParser {
  private handle: PapaParserHandle | null = null;
  private pending = '';
  private baseIndex = 0;
  private started = false;
  private found: string | null = null;
  private carriedCr = false;

  constructor(private readonly delimiter: CsvDelimiter = 'auto') {}

  /** The separator in use: the one chosen, or the one found once the first line was read (null before). */
  get separator(): string | null {
    return this.delimiter === 'auto' ? this.found : this.delimiter;
  }

  /** Parses the next piece of text; returns the records it completed. */
  push(text: string): string[][] {
    if (!this.started && text.length > 0) {
      this.started = true;
      text = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }
    this.pending += this.unifiedLineEnds(text);
    // The separator is worked out once, from text holding the whole first line.
    if (!this.handle && !this.pending.includes('\n')) return [];
    return this.parse(false);
  }

  /** The end of the text: the last record, when the text did not end with a line break. */
  end(): string[][] {
    this.pending += this.unifiedLineEnds('', true);
    if (this.pending === '') return [];
    return this.parse(true);
  }

  /**
   * CRLF and a lone CR as LF, so one file may mix them (a spreadsheet's CRLF rows, a cell's LF):
   * papaparse takes one kind of line end per file. A CR ending a piece waits for the next one.
   */
  private unifiedLineEnds(text: string, finished = false): string {
    let joined = this.carriedCr ? `\r${text}` : text;
    this.carriedCr = !finished && joined.endsWith('\r');
    if (this.carriedCr) joined = joined.slice(0, -1);
    return joined.replace(/\r\n?/g, '\n');
  }

  private parse(finished: boolean): string[][] {
    const handle = this.handle ?? this.open();
    const input = this.pending;
    const results = handle.parse(input, this.baseIndex, !finished);
    this.found = results.meta.delimiter;
    this.pending = finished ? '' : input.slice(results.meta.cursor - this.baseIndex);
    this.baseIndex = finished ? this.baseIndex + input.length : results.meta.cursor;
    return results.data;
  }

  private open(): PapaParserHandle {
    const ParserHandle = (Papa as unknown as { ParserHandle: PapaParserHandleConstructor }).ParserHandle;
    this.handle = new ParserHandle({
      delimiter: this.delimiter === 'auto' ? guessedDelimiter(this.pending) : this.delimiter,
      newline: '\n',
      quoteChar: '"',
      header: false,
      dynamicTyping: false,
      skipEmptyLines: false,
    });
    return this.handle;
  }
}

/**
 * Papa's guess from the first lines of text; blank lines are left out of it, or a two-column file
 * ending in a line break would average under two fields a line and read as one column.
 */
function guessedDelimiter(sample: string): string {
  const guess = Papa.parse<string[]>(sample, { delimitersToGuess: [',', ';', '\t', '|'], newline: '\n', skipEmptyLines: true, preview: 10 });
  return guess.meta.delimiter || ',';
}

/** A whole CSV text at once. A blank line is a record with one empty field, as RFC 4180 has it. */
export function parseCsv(text: string, delimiter: CsvDelimiter = 'auto'): string[][] {
  const parser = new CsvParser(delimiter);
  return [...parser.push(text), ...parser.end()];
}

/** One field as CSV writes it: quoted only when it must be. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Records as CSV text with CRLF line ends, which every spreadsheet opens. */
export function formatCsv(records: readonly (readonly string[])[]): string {
  return records.map((record) => record.map(csvField).join(',')).join('\r\n') + '\r\n';
}
