/** A UTF-8 byte order mark: without it Excel reads UTF-8 as the PC's code page and "Muñoz" or "陈" come out garbled. */
const BOM = '\uFEFF';

/** Text a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+1`, `-2`, `@SUM`) when it starts a cell. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV file for people to open in Excel or LibreOffice: a byte order mark, every field in double
 * quotes (so commas, quotes and line breaks in names and addresses stay inside their cell), CRLF
 * line ends, and a cell that would start a formula led by an apostrophe, which the spreadsheet shows
 * as plain text: names in the file come from whoever typed them. Read back with `parseCsv`.
 */
export function spreadsheetCsv(records: readonly (readonly string[])[]): string {
  const cell = (value: string) => `"${(FORMULA_START.test(value) ? `'${value}` : value).replace(/"/g, '""')}"`;
  return BOM + records.map((record) => record.map(cell).join(',')).join('\r\n') + '\r\n';
}
