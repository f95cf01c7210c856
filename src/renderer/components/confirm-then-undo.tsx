import { useState } from 'react';
import { ConfirmDialog } from './confirm-dialog';
import { UndoSnackbar } from './undo-snackbar';

/** One side of the pair, as a react-query mutation gives it: run it for an item, then call `done`. */
export interface UndoableStep<T> {
  isPending: boolean;
  error?: unknown;
  reset?: () => void;
  run: (item: T, done: () => void) => void;
}

interface Props<T> {
  /** What the person pressed the action on, to be confirmed; null when nobody is being asked. */
  asking: T | null;
  words: (item: T) => { title: string; question: string; done: string };
  confirmLabel: string;
  testId: string;
  color: 'warning' | 'error';
  act: UndoableStep<T>;
  undo: UndoableStep<T>;
  onAsked: () => void;
}

/** Asks before an action that takes someone out of the day (a no-show), then offers Undo while the hub still allows it. */
export function ConfirmThenUndo<T>({ asking, words, confirmLabel, testId, color, act, undo, onAsked }: Props<T>) {
  const [done, setDone] = useState<T | null>(null);
  return (
    <>
      {asking !== null && (
        <ConfirmDialog
          title={words(asking).title}
          confirmLabel={confirmLabel}
          testId={testId}
          color={color}
          pending={act.isPending}
          error={act.error}
          onConfirm={() =>
            act.run(asking, () => {
              setDone(asking);
              onAsked();
            })
          }
          onClose={() => {
            act.reset?.();
            onAsked();
          }}
        >
          {words(asking).question}
        </ConfirmDialog>
      )}
      {done !== null && <UndoSnackbar message={words(done).done} pending={undo.isPending} onUndo={() => undo.run(done, () => setDone(null))} onClose={() => setDone(null)} />}
    </>
  );
}
