import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { spreadsheetCsv } from './spreadsheet-csv';

describe('CSV for a spreadsheet', () => {
  const records = [
    ['Who', 'What happened'],
    ['Farah', 'Farah registered Tan, Ah Kow (MRN-000123)'],
    ['Siti "Ct" Aminah', 'line one\nline two'],
    ['=HYPERLINK("http://x")', '-1+2'],
  ];
  const text = spreadsheetCsv(records);

  it('starts with a byte order mark, quotes every field and ends lines with CRLF', () => {
    expect(text.startsWith('\uFEFF"Who","What happened"\r\n')).toBe(true);
    expect(text).toContain('"Farah","Farah registered Tan, Ah Kow (MRN-000123)"\r\n');
    expect(text).toContain('"Siti ""Ct"" Aminah"');
  });

  it('reads back as it was written, a would-be formula shown as text', () => {
    expect(parseCsv(text)).toEqual([...records.slice(0, 3), ["'=HYPERLINK(\"http://x\")", "'-1+2"]]);
  });
});
