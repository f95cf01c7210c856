import { FREQUENCIES, type DispensingUnit, type DoseUnit, type FrequencyKey, type StrengthUnit } from '../schemas/medicines';

/** What the arithmetic needs of the medicine: its strength as numbers and what one unit handed over is. */
export interface StrengthFacts {
  strengthValue: number | null;
  strengthUnit: StrengthUnit | null;
  perVolumeMl: number | null;
  dispensingUnit: DispensingUnit;
}

export interface DoseLine {
  doseValue: number;
  doseUnit: DoseUnit;
  frequency: FrequencyKey;
  durationDays: number | null;
}

const MG_PER: Partial<Record<DoseUnit | StrengthUnit, number>> = { mg: 1, g: 1000, mcg: 0.001 };

/** Milligrams in one administration, when dose and strength allow it (the children's dose check needs it). */
export function doseInMg(line: Pick<DoseLine, 'doseValue' | 'doseUnit'>, medicine: StrengthFacts): number | null {
  const perMg = MG_PER[line.doseUnit];
  if (perMg !== undefined) return line.doseValue * perMg;
  const strengthMg = medicine.strengthValue !== null && medicine.strengthUnit ? MG_PER[medicine.strengthUnit] : undefined;
  if (strengthMg === undefined || medicine.strengthValue === null) return null;
  const mgPerUnit = medicine.strengthValue * strengthMg;
  // A liquid's strength is per perVolumeMl ml: 250 mg/5 ml is 50 mg in each ml.
  if (line.doseUnit === 'ml' && medicine.perVolumeMl) return (line.doseValue * mgPerUnit) / medicine.perVolumeMl;
  if (line.doseUnit === medicine.dispensingUnit && !medicine.perVolumeMl) return line.doseValue * mgPerUnit;
  return null;
}

/** One administration in the medicine's dispensing unit (tablets, capsules, ml…), or null when the units do not meet. */
function doseInDispensingUnits(line: DoseLine, medicine: StrengthFacts): number | null {
  if (line.doseUnit === medicine.dispensingUnit) return line.doseValue;
  const mg = doseInMg(line, medicine);
  const strengthMg = medicine.strengthUnit ? MG_PER[medicine.strengthUnit] : undefined;
  if (mg === null || strengthMg === undefined || medicine.strengthValue === null) return null;
  const mgPerUnit = medicine.strengthValue * strengthMg;
  if (medicine.dispensingUnit === 'ml' && medicine.perVolumeMl) return (mg / mgPerUnit) * medicine.perVolumeMl;
  return medicine.perVolumeMl ? null : mg / mgPerUnit;
}

/**
 * How much to hand over: dose × times a day × days, in the dispensing unit, rounded up to a whole
 * unit (half a tablet a dose over 5 days is still 3 tablets' worth of halves: 2.5 → 3). A stat dose
 * is one dose. Null when it cannot be worked out — as needed (PRN), no duration, a cream — and the
 * prescriber gives the quantity.
 */
export function quantityToDispense(line: DoseLine, medicine: StrengthFacts): number | null {
  const frequency = FREQUENCIES[line.frequency];
  const perDose = doseInDispensingUnits(line, medicine);
  if (perDose === null) return null;
  if ('once' in frequency && frequency.once) return Math.ceil(perDose);
  if (frequency.perDay === null || line.durationDays === null) return null;
  return Math.ceil(perDose * frequency.perDay * line.durationDays - 1e-9);
}
