/**
 * What every AI result is until a person confirms it: a draft. The clinical features build on
 * this shape; nothing in a draft reaches a clinical or finance record until its status is
 * accepted or edited by a person.
 */
export const DRAFT_STATUSES = ['suggested', 'accepted', 'edited', 'rejected'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

/** Shown with every clinical draft (the renderer has it in Malay too, under ai:disclaimer). */
export const CLINICAL_DISCLAIMER = 'This is an AI-generated suggestion for clinician support only and must be reviewed by a qualified healthcare professional.';

/** Why a draft came from the local engine instead of the model. */
export const AI_FAILURE_KINDS = ['disabled', 'not-configured', 'timeout', 'rate-limited', 'unavailable', 'refused', 'bad-answer'] as const;
export type AiFailureKind = (typeof AI_FAILURE_KINDS)[number];

export interface Draft<T> {
  status: DraftStatus;
  /** 'model' when the provider's answer was used (re-identified on this PC); 'local' when the feature's own engine wrote it. */
  source: 'model' | 'local';
  content: T;
  /** Set when the model was asked and failed, so the screen can say it fell back to the local engine. */
  fallbackReason: AiFailureKind | null;
  /** The interaction log row of the model call, if one was made. */
  interactionId: string | null;
  /** The clinical disclaimer for clinical drafts; null for others (a help answer). */
  disclaimer: string | null;
}

/** A person's verdict on a suggested draft; a draft is decided once. */
export function decideDraft<T>(draft: Draft<T>, verdict: Exclude<DraftStatus, 'suggested'>, edited?: T): Draft<T> {
  if (draft.status !== 'suggested') throw new Error(`draft already ${draft.status}`);
  if (verdict === 'edited') {
    if (edited === undefined) throw new Error('an edited draft needs its edited content');
    return { ...draft, status: 'edited', content: edited };
  }
  return { ...draft, status: verdict };
}
