import { Button, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/ai-draft';
import { NOTE_DICTATION_MAX, type Icd10Hint, type StructuredNote } from '../../../shared/schemas/ai-notes';
import { SOAP_SECTIONS, type SoapNote } from '../../../shared/schemas/consultation';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { DraftNotice, useDraftVerdict } from '../ai/draft-notice';
import { WhatWillBeSent } from '../ai/what-will-be-sent';
import { Icd10HintChips } from './icd10-hint-chips';
import { SoapDraftFields, soapEdited } from './soap-draft-fields';

interface Props {
  visitId: string;
  /** Whose identifiers the preview of what is sent replaces. */
  patientId: string;
  note: SoapNote;
  /** The accepted sections go into the note; the note's own autosave writes them. */
  onAccept: (note: SoapNote) => void;
  onAddDiagnosis: (hint: Icd10Hint) => void;
}

/** What the draft adds to the note: each section's text on a new line after what the doctor already wrote. */
export function withDraft(note: SoapNote, draft: SoapNote): SoapNote {
  const merged = { ...note };
  for (const section of SOAP_SECTIONS) if (draft[section].trim() !== '') merged[section] = note[section].trim() === '' ? draft[section] : `${note[section].trimEnd()}\n${draft[section]}`;
  return merged;
}

/** The dictation box and its "Structure note" draft, beside the text, editable, accepted or rejected by the doctor. */
export function StructureNote({ visitId, patientId, note, onAccept, onAddDiagnosis }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const verdict = useDraftVerdict();
  const [text, setText] = useState('');
  const [draft, setDraft] = useState<Draft<StructuredNote> | null>(null);
  const [edited, setEdited] = useState<SoapNote | null>(null);
  const structure = useMutation(trpc.ai.notes.structure.mutationOptions({ onSuccess: (result) => (setDraft(result), setEdited(result.content.note)) }));
  const close = () => (setDraft(null), setEdited(null));
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} data-testid="structure-note">
      <Stack spacing={1} sx={{ flex: 1 }}>
        <TextField
          label={t('consultation.structure.dictation')}
          placeholder={t('consultation.structure.dictationHint')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          multiline
          minRows={3}
          slotProps={{ htmlInput: { 'data-testid': 'structure-text', maxLength: NOTE_DICTATION_MAX } }}
        />
        <Button variant="outlined" disabled={text.trim() === '' || structure.isPending} onClick={() => structure.mutate({ visitId, text })} data-testid="structure-run">
          {t('consultation.structure.run')}
        </Button>
        <ErrorAlert error={structure.error} />
        <WhatWillBeSent text={text} patientId={patientId} />
      </Stack>
      {draft && edited && (
        <Stack spacing={1} sx={{ flex: 1 }} data-testid="structure-draft">
          <Typography variant="subtitle2">{t('consultation.structure.draft')}</Typography>
          <DraftNotice draft={draft} />
          <SoapDraftFields note={edited} onChange={setEdited} testIdPrefix="structure" />
          <Icd10HintChips hints={draft.content.hints} testIdPrefix="structure-hint" onAdd={onAddDiagnosis} />
          <Stack direction="row" spacing={1}>
            <Button
              variant="contained"
              data-testid="structure-accept"
              onClick={() => {
                const changed = soapEdited(draft.content.note, edited);
                verdict(draft, changed ? 'edited' : 'accepted');
                onAccept(withDraft(note, edited));
                setText('');
                close();
              }}
            >
              {t('consultation.structure.accept')}
            </Button>
            <Button data-testid="structure-reject" onClick={() => (verdict(draft, 'rejected'), close())}>
              {t('consultation.structure.reject')}
            </Button>
          </Stack>
        </Stack>
      )}
    </Stack>
  );
}
