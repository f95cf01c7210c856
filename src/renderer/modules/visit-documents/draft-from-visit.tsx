import { Button, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/ai-draft';
import { ErrorAlert } from '../../components/error-alert';
import { DraftNotice, useDraftVerdict } from '../ai/draft-notice';

export interface DraftFromVisitProps {
  draft: Draft<unknown> | undefined;
  pending: boolean;
  error: unknown;
  onDraft: () => void;
  onClear: () => void;
  testId: string;
}

/** "Draft from visit" in a document's dialog: fills the fields (still editable) and says where the draft came from. */
export function DraftFromVisit({ draft, pending, error, onDraft, onClear, testId }: DraftFromVisitProps) {
  const { t } = useTranslation();
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" size="small" disabled={pending} onClick={onDraft} data-testid={`${testId}-draft`}>
          {t('visitDocuments.draft.fromVisit')}
        </Button>
        {draft && (
          <Button size="small" onClick={onClear} data-testid={`${testId}-clear-draft`}>
            {t('visitDocuments.draft.clear')}
          </Button>
        )}
      </Stack>
      {draft && <DraftNotice draft={draft} />}
      <ErrorAlert error={error} />
    </Stack>
  );
}

/**
 * The person's verdict on a letter's draft: accepted when the document is issued as drafted, edited
 * when issued after changes, rejected when the draft is cleared.
 */
export function useLetterVerdict(): { issued: (draft: Draft<unknown> | undefined, unchanged: boolean) => void; cleared: (draft: Draft<unknown> | undefined) => void } {
  const verdict = useDraftVerdict();
  return {
    issued: (draft, unchanged) => draft && verdict(draft, unchanged ? 'accepted' : 'edited'),
    cleared: (draft) => draft && verdict(draft, 'rejected'),
  };
}
