/**
 * CSV as RFC 4180 writes it, and as spreadsheets export it: fields in double quotes may hold
 * commas, line breaks and doubled quotes (`""`); records end with CRLF or LF; a UTF-8 byte
 * order mark at the start is dropped. Text arrives in pieces (a file read in slices), so the
 * parser keeps its state between pieces and a quote or CRLF may be split across two.
 */
export class CsvParser {
  private field = '';
  private record: string[] = [];
  private inQuotes = false;
  /** A quote seen inside a quoted field: either the closing quote or the first of `""`. */
  private quotePending = false;
  /** A CR seen outside quotes: the record ends, and an LF right after it belongs to it. */
  private crPending = false;
  private started = false;
  private fieldStarted = false;

  /** Parses the next piece of text; returns the records it completed. */
  push(text: string): string[][] {
    const records: string[][] = [];
    let i = 0;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) i = 1;
    }
    const length = text.length;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (this.crPending) {
        this.crPending = false;
        if (code === LF) {
          i += 1;
          continue;
        }
      }
      if (this.quotePending) {
        this.quotePending = false;
        if (code === QUOTE) {
          this.field += '"';
          i += 1;
          continue;
        }
        this.inQuotes = false;
      }
      if (this.inQuotes) {
        const close = text.indexOf('"', i);
        if (close === -1) {
          this.field += text.slice(i);
          break;
        }
        this.field += text.slice(i, close);
        this.quotePending = true;
        i = close + 1;
        continue;
      }
      if (code === QUOTE && !this.fieldStarted) {
        this.inQuotes = true;
        this.fieldStarted = true;
        i += 1;
        continue;
      }
      if (code === COMMA) {
        this.endField();
        i += 1;
        continue;
      }
      if (code === LF || code === CR) {
        records.push(this.endRecord());
        this.crPending = code === CR;
        i += 1;
        continue;
      }
      // Plain text up to the next comma, quote or line break, taken in one slice.
      let end = i + 1;
      while (end < length) {
        const next = text.charCodeAt(end);
        if (next === COMMA || next === LF || next === CR || next === QUOTE) break;
        end += 1;
      }
      this.field += text.slice(i, end);
      this.fieldStarted = true;
      i = end;
    }
    return records;
  }

  /** The end of the text: the last record, when the text did not end with a line break. */
  end(): string[][] {
    this.quotePending = false;
    this.inQuotes = false;
    this.crPending = false;
    if (!this.fieldStarted && this.record.length === 0) return [];
    return [this.endRecord()];
  }

  private endField(): void {
    this.record.push(this.field);
    this.field = '';
    this.fieldStarted = false;
  }

  private endRecord(): string[] {
    this.endField();
    const record = this.record;
    this.record = [];
    return record;
  }
}

const COMMA = 0x2c;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** A whole CSV text at once. A blank line is a record with one empty field, as RFC 4180 has it. */
export function parseCsv(text: string): string[][] {
  const parser = new CsvParser();
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
