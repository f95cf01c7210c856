import type { TFunction } from 'i18next';
import { DISPENSING_UNITS, type DispensingUnit } from '../../../shared/schemas/medicines';
import { MOVEMENT_KINDS, type MovementKind } from '../../../shared/schemas/stock';

function isDispensingUnit(unit: string): unit is DispensingUnit {
  return (DISPENSING_UNITS as readonly string[]).includes(unit);
}

function isMovementKind(kind: string): kind is MovementKind {
  return (MOVEMENT_KINDS as readonly string[]).includes(kind);
}

/** "20 tablet" / "20 tablet": a register keeps the unit as the medicine dispensed it; a unit ClinicDesk no longer knows is shown as written. */
export function quantityWords(quantity: number, unit: string, t: TFunction): string {
  return t('registers.quantity', { quantity, unit: isDispensingUnit(unit) ? t(`medicines.units.${unit}`) : unit });
}

/** "Received", "Dispensed"… for a stock movement's kind, or the kind as written when it is new. */
export function movementWords(kind: string, t: TFunction): string {
  return isMovementKind(kind) ? t(`registers.movementKinds.${kind}`) : kind;
}
