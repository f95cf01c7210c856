import { Alert, Stack } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Draft, DraftStatus } from '../../../shared/ai-draft';
import { useTRPC } from '../../api/client';

/**
 * What every AI draft shows above its content: where it came from (the model, or the local
 * engine and why), and for clinical drafts the clinician-support disclaimer, which does not call
 * a draft of ClinicDesk's own rules AI-generated.
 */
export function DraftNotice({ draft }: { draft: Pick<Draft<unknown>, 'source' | 'fallbackReason' | 'disclaimer'> }) {
  const { t } = useTranslation();
  const origin =
    draft.source === 'model'
      ? t('ai.draft.fromModel')
      : draft.fallbackReason === 'disabled'
        ? t('ai.draft.fromLocalAiOff')
        : draft.fallbackReason
          ? t('ai.fellBack', { reason: t(`ai.failures.${draft.fallbackReason}`) })
          : t('ai.draft.fromLocal');
  return (
    <Stack spacing={1} data-testid="ai-draft-notice" data-source={draft.source}>
      <Alert severity={draft.source === 'model' ? 'info' : draft.fallbackReason && draft.fallbackReason !== 'disabled' ? 'warning' : 'info'}>{origin}</Alert>
      {draft.disclaimer && (
        <Alert severity="warning" data-testid="ai-draft-disclaimer">
          {draft.source === 'model' ? t('ai.disclaimer') : t('ai.disclaimerLocal')}
        </Alert>
      )}
    </Stack>
  );
}

/**
 * Records the person's verdict on a model's draft in the interaction log (accepted, edited,
 * rejected). A local engine's draft has no call to record. Saving the accepted content is the
 * screen's own procedure, never this.
 */
export function useDraftVerdict(): (draft: Pick<Draft<unknown>, 'source' | 'interactionId'>, verdict: Exclude<DraftStatus, 'suggested'>) => void {
  const trpc = useTRPC();
  const setOutcome = useMutation(trpc.ai.setOutcome.mutationOptions());
  return (draft, verdict) => {
    if (draft.source === 'model' && draft.interactionId) setOutcome.mutate({ interactionId: draft.interactionId, outcome: verdict });
  };
}
