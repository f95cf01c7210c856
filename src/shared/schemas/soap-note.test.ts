import { describe, expect, it } from 'vitest';
import { EMPTY_NOTE, soapNoteSchema } from './consultation';

describe('a SOAP note as typed or pasted', () => {
  it('keeps line breaks and tabs: a note is written in lines', () => {
    const objective = 'BP 128/82\r\nOutside lab report:\nESR: 28 mm/hr (0 - 20) HIGH\tcheck again';
    expect(soapNoteSchema.parse({ ...EMPTY_NOTE, objective }).objective).toBe(objective);
  });

  it('refuses other control characters and half surrogate pairs', () => {
    for (const objective of ['BP 128/82\u0000', 'ESC \u001b[2J', 'half \ud83d pair']) expect(soapNoteSchema.safeParse({ ...EMPTY_NOTE, objective }).success, JSON.stringify(objective)).toBe(false);
  });
});
