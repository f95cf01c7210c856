import { useState } from 'react';

/**
 * The state of a problem or medication list: open rows shown, closed ones (resolved, stopped,
 * entered in error) on request, and the row being edited or closed in a dialog.
 */
export function useEntryList<T extends { status: string }>(rows: readonly T[], openStatus: T['status']) {
  const [showClosed, setShowClosed] = useState(false);
  const [editing, setEditing] = useState<T | null>(null);
  const [closing, setClosing] = useState<T | null>(null);
  return {
    shown: showClosed ? rows : rows.filter((row) => row.status === openStatus),
    closedCount: rows.filter((row) => row.status !== openStatus).length,
    showClosed,
    toggleClosed: () => setShowClosed(!showClosed),
    editing,
    setEditing,
    closing,
    setClosing,
  };
}
