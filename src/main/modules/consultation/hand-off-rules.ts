import type { Room } from '../../../shared/schemas/queue';

export type HandOffKind = 'pharmacy' | 'payment';

/**
 * Where a visit goes when the doctor finishes it: to the dispensary when anything is to be
 * dispensed there, else to the cashier. A clinic without a dispensary station sends everyone to
 * the cashier (who hands over medicines too, as small clinics do); one with neither station ends
 * the visit at the doctor. Within a kind, the first active station by code.
 */
export function nextStation(rooms: readonly Room[], toDispense: boolean): (Room & { kind: HandOffKind }) | null {
  const wanted: HandOffKind[] = toDispense ? ['pharmacy', 'payment'] : ['payment'];
  for (const kind of wanted) {
    const station = rooms.filter((room) => room.active && room.kind === kind).sort((a, b) => a.code.localeCompare(b.code))[0];
    if (station) return { ...station, kind };
  }
  return null;
}
