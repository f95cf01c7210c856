import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { EMPTY_NOTE, type Encounter, type SoapNote } from '../../../shared/schemas/consultation';
import { appErrorOf } from '../../api/app-error';
import { useTRPC } from '../../api/client';
import { sameNote, unsavedNotes } from './note-draft-store';

/** How long after the last keystroke the note saves: a power cut loses at most this much typing on the hub. */
export const AUTOSAVE_DELAY_MS = 1500;

export type AutosaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'conflict'; changedBy: string | null }
  | { kind: 'failed'; error: unknown };

/**
 * The note as the doctor types it, saved a moment after each pause and kept on this PC until the
 * hub has it. Saves run one at a time, each quoting the version the last one returned; a save
 * refused as stale stops autosaving and says who changed the note, keeping what was typed.
 */
export function useNoteAutosave(visitId: string, encounter: Encounter | null, editable: boolean) {
  const trpc = useTRPC();
  const { mutateAsync: saveNote } = useMutation(trpc.consultation.saveNote.mutationOptions());
  const [note, setNote] = useState<SoapNote>(encounter?.note ?? EMPTY_NOTE);
  const [state, setState] = useState<AutosaveState>(encounter ? { kind: 'saved', at: encounter.updatedAt } : { kind: 'idle' });
  const [restored, setRestored] = useState(false);
  const noteRef = useRef(note);
  const versionRef = useRef(encounter?.version ?? 0);
  const dirty = useRef(false);
  const running = useRef<Promise<number> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stopped = useRef(false);

  // The hub's copy arrives (or changes under a screen with nothing unsaved): show it, or bring back what this PC kept.
  useEffect(() => {
    const serverVersion = encounter?.version ?? 0;
    if (dirty.current || serverVersion < versionRef.current) return;
    const server = encounter?.note ?? EMPTY_NOTE;
    const kept = unsavedNotes.read(visitId);
    versionRef.current = serverVersion;
    if (editable && kept && kept.version === serverVersion && !sameNote(kept.note, server)) {
      noteRef.current = kept.note;
      setNote(kept.note);
      setRestored(true);
      dirty.current = true;
      schedule();
    } else {
      noteRef.current = server;
      setNote(server);
      if (encounter) setState({ kind: 'saved', at: encounter.updatedAt });
    }
    // schedule is stable for the visit; re-running on it would re-apply the server copy.
  }, [visitId, encounter?.version, editable]);

  const flush = useCallback(async (): Promise<number> => {
    if (timer.current) clearTimeout(timer.current);
    while (running.current) await running.current;
    if (!dirty.current || stopped.current) return versionRef.current;
    const sent = noteRef.current;
    setState({ kind: 'saving' });
    running.current = saveNote({ visitId, version: versionRef.current, note: sent })
      .then((saved) => {
        versionRef.current = saved.version;
        if (sameNote(noteRef.current, sent)) {
          dirty.current = false;
          unsavedNotes.clear(visitId);
        }
        setState({ kind: 'saved', at: saved.updatedAt });
        return saved.version;
      })
      .catch((error: unknown) => {
        const app = appErrorOf(error);
        if (app?.code === 'CONFLICT') {
          stopped.current = true;
          setState({ kind: 'conflict', changedBy: typeof app.details.changedBy === 'string' ? app.details.changedBy : null });
        } else setState({ kind: 'failed', error });
        throw error;
      })
      .finally(() => {
        running.current = null;
      });
    const version = await running.current;
    // Typed while that save was on its way: save again.
    return dirty.current ? flush() : version;
  }, [saveNote, visitId]);

  function schedule(): void {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush().catch(() => undefined), AUTOSAVE_DELAY_MS);
  }

  const change = (next: SoapNote): void => {
    noteRef.current = next;
    setNote(next);
    dirty.current = true;
    unsavedNotes.write(visitId, { version: versionRef.current, note: next });
    if (!stopped.current) schedule();
  };

  // Leaving the visit saves what is still pending; what cannot be saved stays on this PC (unsavedNotes).
  const flushOnLeave = useRef(flush);
  flushOnLeave.current = flush;
  useEffect(() => () => void flushOnLeave.current().catch(() => undefined), []);

  /** Another save of the encounter (its diagnoses) returned this version: the note's next save quotes it. */
  const adoptVersion = useCallback((version: number): void => {
    versionRef.current = Math.max(versionRef.current, version);
  }, []);

  return { note, change, flush, adoptVersion, state, restored };
}
