import { z } from 'zod';
import { idSchema } from './common';

/** A letter drafted from one visit's record: the referral letter, the quarantine slip's wording, an MC's remarks. */
export const draftLetterInputSchema = z.object({ visitId: idSchema });
export type DraftLetterInput = z.infer<typeof draftLetterInputSchema>;
