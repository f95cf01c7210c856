import type { TFunction } from 'i18next';
import { MEASURE_UNITS } from '../../../shared/vitals/measures';
import type { RangedMeasure } from '../../../shared/vitals/reference-ranges';
import type { FlagLevel, VitalFlag } from '../../../shared/vitals/vital-flags';

export function unitOfRanged(measure: RangedMeasure): string {
  return measure === 'glucoseFasting' || measure === 'glucoseRandom' ? MEASURE_UNITS.glucose : MEASURE_UNITS[measure];
}

/** "High · normal 36–37.9 °C": the flag in words, so colour is never the only sign. */
export function flagInWords(t: TFunction, flag: VitalFlag): string {
  return t('vitals.flag', { level: t(`vitals.levels.${flag.level}`), low: flag.range.low, high: flag.range.high, unit: unitOfRanged(flag.measure) });
}

/** Critical values in the error colour, the rest of the flags in the warning colour. */
export function flagColour(level: FlagLevel): 'error' | 'warning' {
  return level.startsWith('critical') ? 'error' : 'warning';
}
