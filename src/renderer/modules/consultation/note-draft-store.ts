import type { SoapNote } from '../../../shared/schemas/consultation';

/**
 * What the doctor typed and the hub has not confirmed yet, kept on this PC until it has: a closed
 * tab, a browser crash or a hub that is briefly away loses nothing typed. Keyed by visit, with
 * the note version it was typed on, so it is only brought back onto the same version.
 */
export interface UnsavedNote {
  version: number;
  note: SoapNote;
}

const keyOf = (visitId: string): string => `clinicdesk.unsavedNote.${visitId}`;

export const unsavedNotes = {
  read(visitId: string): UnsavedNote | null {
    try {
      const stored = localStorage.getItem(keyOf(visitId));
      return stored ? (JSON.parse(stored) as UnsavedNote) : null;
    } catch {
      return null;
    }
  },
  write(visitId: string, unsaved: UnsavedNote): void {
    localStorage.setItem(keyOf(visitId), JSON.stringify(unsaved));
  },
  clear(visitId: string): void {
    localStorage.removeItem(keyOf(visitId));
  },
};

export function sameNote(a: SoapNote, b: SoapNote): boolean {
  return a.subjective === b.subjective && a.objective === b.objective && a.assessment === b.assessment && a.plan === b.plan;
}
