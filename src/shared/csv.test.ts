import { describe, expect, it } from 'vitest';
import { CsvParser, formatCsv, parseCsv } from './csv';

/** Parses `text` pushed in pieces of `size` characters. */
function inPieces(text: string, size: number): string[][] {
  const parser = new CsvParser();
  const records: string[][] = [];
  for (let i = 0; i < text.length; i += size) records.push(...parser.push(text.slice(i, i + size)));
  return [...records, ...parser.end()];
}

const SAMPLE = '\uFEFFName,IC,Address\r\n"Tan, Mei Ling",850615-14-5230,"12 Jalan ""Mawar""\nTaman Melati"\r\nAli,900101-10-1235,\n"",x,"a,b"\n';
const PARSED = [
  ['Name', 'IC', 'Address'],
  ['Tan, Mei Ling', '850615-14-5230', '12 Jalan "Mawar"\nTaman Melati'],
  ['Ali', '900101-10-1235', ''],
  ['', 'x', 'a,b'],
];

describe('CSV as spreadsheets and old systems export it', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF and LF, and drops the BOM', () => {
    expect(parseCsv(SAMPLE)).toEqual(PARSED);
  });

  it('gives the same records however the text is cut into pieces', () => {
    for (const size of [1, 2, 3, 5, 7, 16, 1000]) expect(inPieces(SAMPLE, size), `pieces of ${size}`).toEqual(PARSED);
  });

  it('keeps a last record without a line break, and a lone CR ends a record', () => {
    expect(parseCsv('a,b\rc,d')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseCsv('a,"b')).toEqual([['a', 'b']]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('a,\n\nb')).toEqual([['a', ''], [''], ['b']]);
  });

  it('works out a semicolon, tab or pipe separator from the first line, or takes the one chosen', () => {
    const semicolons = '\uFEFFNama;No KP;Alamat\r\n"Tan; Mei Ling";850615-14-5230;"12, Jalan Mawar"\r\n';
    for (const size of [1, 4, 1000]) {
      const parser = new CsvParser();
      const records: string[][] = [];
      for (let i = 0; i < semicolons.length; i += size) records.push(...parser.push(semicolons.slice(i, i + size)));
      expect([...records, ...parser.end()], `pieces of ${size}`).toEqual([['Nama', 'No KP', 'Alamat'], ['Tan; Mei Ling', '850615-14-5230', '12, Jalan Mawar']]);
      expect(parser.separator).toBe(';');
    }
    expect(parseCsv('a\tb\n1\t2\n')).toEqual([['a', 'b'], ['1', '2']]);
    expect(parseCsv('a|b\n1|2')).toEqual([['a', 'b'], ['1', '2']]);
    // Chosen: a comma file read with semicolons keeps its commas.
    expect(parseCsv('a,b;c\n', ';')).toEqual([['a,b', 'c']]);
  });

  it('writes what it reads', () => {
    const records = [['Name', 'Reason'], ['Tan, "Ah" Kow', 'line\nbreak'], ['plain', '']];
    expect(formatCsv(records)).toBe('Name,Reason\r\n"Tan, ""Ah"" Kow","line\nbreak"\r\nplain,\r\n');
    expect(parseCsv(formatCsv(records))).toEqual(records);
  });
});
