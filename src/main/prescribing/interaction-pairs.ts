import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { assetFile } from '../assets/app-assets';
import { normaliseDrugName } from './drug-names';

/** One side of an interaction: named drugs, a drug class, or both (a drug of the class matches even when not named). */
export interface InteractionSide {
  drugs: string[];
  class: string | null;
}

/** A pair of drugs or classes that must not (or should carefully) be given together; ONC records and a clinic's own pairs alike. */
export interface InteractionPair {
  id: string;
  a: InteractionSide;
  b: InteractionSide;
  severity: 'high' | 'moderate' | 'low';
  effect: string;
  management: string;
  source: string;
}

const oncRecordSchema = z.object({
  id: z.string().min(1),
  object_class: z.string().min(1).nullable(),
  object_drugs: z.array(z.string().min(1)),
  precipitant_class: z.string().min(1).nullable(),
  precipitant_drugs: z.array(z.string().min(1)),
  severity: z.enum(['high', 'moderate', 'low']),
  effect: z.string().min(1),
  management: z.string().min(1),
  source: z.string().min(1),
});

export const oncFileSchema = z.array(oncRecordSchema).min(1);

/**
 * The ONC high-priority pairs (assets/data/ddi/onc-high-priority.json; its SOURCE.md says where
 * each part comes from), as interaction pairs: the object drugs are side a, the precipitants side b.
 *
 * ONC-HP-08 (QT-prolonging agents with QT-prolonging agents) has no member list: the only open
 * source for one (CredibleMeds) is not openly licensed. The engine matches it by class alone, so it
 * fires only when both medicines carry the class "QT prolonging agents" in the clinic's medicine
 * master; until the clinic marks them (or a licensed list is bundled), QT combinations go unflagged.
 */
export function oncInteractionPairs(raw: unknown): InteractionPair[] {
  return oncFileSchema.parse(raw).map((record) => ({
    id: record.id,
    a: { drugs: record.object_drugs.map(normaliseDrugName), class: record.object_class },
    b: { drugs: record.precipitant_drugs.map(normaliseDrugName), class: record.precipitant_class },
    severity: record.severity,
    effect: record.effect,
    management: record.management,
    source: record.source,
  }));
}

/** Reads and checks the shipped ONC file (23 kB): once per process is enough, the caller keeps the result. */
export function readOncInteractionPairs(): InteractionPair[] {
  return oncInteractionPairs(JSON.parse(readFileSync(assetFile('data/ddi', 'onc-high-priority.json'), 'utf8')));
}
