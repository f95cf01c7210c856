import { describe, expect, it } from 'vitest';
import { CLINICAL_DISCLAIMER, decideDraft, type Draft } from './ai-draft';

const suggested: Draft<{ urgency: string }> = { status: 'suggested', source: 'model', content: { urgency: 'high' }, fallbackReason: null, interactionId: null, disclaimer: CLINICAL_DISCLAIMER };

describe('a draft', () => {
  it('is decided once: accepted as it is, edited with the person’s content, or rejected', () => {
    expect(decideDraft(suggested, 'accepted')).toMatchObject({ status: 'accepted', content: { urgency: 'high' } });
    expect(decideDraft(suggested, 'edited', { urgency: 'medium' })).toMatchObject({ status: 'edited', content: { urgency: 'medium' } });
    expect(() => decideDraft(suggested, 'edited')).toThrow(/edited content/);
    expect(() => decideDraft(decideDraft(suggested, 'rejected'), 'accepted')).toThrow(/already rejected/);
  });

  it('carries the clinician-support disclaimer word for word', () => {
    expect(CLINICAL_DISCLAIMER).toBe('This is an AI-generated suggestion for clinician support only and must be reviewed by a qualified healthcare professional.');
  });
});
