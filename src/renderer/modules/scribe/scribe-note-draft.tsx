import { Alert, Box, Button, ButtonBase, Stack, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/ai-draft';
import type { Icd10Hint } from '../../../shared/schemas/ai-notes';
import { SOAP_SECTIONS, type SoapNote } from '../../../shared/schemas/consultation';
import type { ScribeNoteDraft, ScribeNoteSentence } from '../../../shared/schemas/scribe';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { Icd10HintChips } from '../consultation/icd10-hint-chips';
import { SoapDraftFields, soapEdited } from '../consultation/soap-draft-fields';
import { withDraft } from '../consultation/structure-note';
import { DraftNotice, useDraftVerdict } from '../ai/draft-notice';

/** What the note draft does with the consultation's note. */
export interface NoteTarget {
  note: SoapNote;
  /** The sections go into the note editor; the note's own autosave writes them. */
  onUse: (note: SoapNote) => void;
  onAddDiagnosis: (hint: Icd10Hint) => void;
}

interface Props extends NoteTarget {
  recordingId: string;
  /** The transcript lines to highlight: those of the sentence pointed at, or clicked. */
  onHighlight: (lines: readonly number[]) => void;
}

/**
 * "Draft note" on a transcribed recording: the SOAP draft by section, each sentence showing (and
 * on pointing or clicking, highlighting) the transcript lines it came from. "Edit" turns the
 * sections into text to change first. "Use in note" copies them into the note, after what the
 * doctor already wrote, and logs the draft accepted or edited; nothing is saved by this.
 */
export function ScribeNoteDraftPanel({ recordingId, note, onUse, onAddDiagnosis, onHighlight }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const verdict = useDraftVerdict();
  const [draft, setDraft] = useState<Draft<ScribeNoteDraft> | null>(null);
  const [pinned, setPinned] = useState<ScribeNoteSentence | null>(null);
  const [used, setUsed] = useState(false);
  /** The sections as the doctor edits them before use; null while the draft is shown as drafted, with its line links. */
  const [edited, setEdited] = useState<SoapNote | null>(null);
  const drafting = useMutation(trpc.scribe.draftNote.mutationOptions({ onSuccess: (result) => (setDraft(result), setEdited(null), setUsed(false)) }));
  const close = (): void => (setDraft(null), setEdited(null), setPinned(null), onHighlight([]));
  if (!draft) {
    return (
      <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
        {used && (
          <Alert severity="success" data-testid="scribe-draft-used">
            {t('scribe.draft.used')}
          </Alert>
        )}
        <Button variant="contained" disabled={drafting.isPending} onClick={() => drafting.mutate({ recordingId })} data-testid="scribe-draft-note">
          {drafting.isPending ? t('scribe.draft.drafting') : t('scribe.draft.run')}
        </Button>
        <ErrorAlert error={drafting.error} />
      </Stack>
    );
  }
  const point = (sentence: ScribeNoteSentence | null): void => onHighlight((sentence ?? pinned)?.lines ?? []);
  const use = (): void => {
    const content = edited ?? draft.content.note;
    verdict(draft, soapEdited(draft.content.note, content) ? 'edited' : 'accepted');
    onUse(withDraft(note, content));
    setUsed(true);
    close();
  };
  return (
    <Stack spacing={1} data-testid="scribe-draft">
      <Typography variant="subtitle2">{t('scribe.draft.title')}</Typography>
      <DraftNotice draft={draft} />
      <Typography variant="caption" color="text.secondary">
        {edited ? t('scribe.draft.editHint') : t('scribe.draft.pointHint')}
      </Typography>
      {edited && <SoapDraftFields note={edited} onChange={setEdited} testIdPrefix="scribe-edit" />}
      {!edited && SOAP_SECTIONS.map((section) => {
        const sentences = draft.content.sentences.filter((sentence) => sentence.section === section);
        return (
          <Stack key={section} spacing={0.25} data-testid={`scribe-draft-${section}`}>
            <Typography variant="overline">{t(`consultation.soap.${section}`)}</Typography>
            {sentences.length === 0 && <Typography color="text.secondary">{t('scribe.draft.nothing')}</Typography>}
            <Box>
              {sentences.map((sentence, index) => (
                <ButtonBase
                  key={index}
                  component="span"
                  onMouseEnter={() => point(sentence)}
                  onMouseLeave={() => point(null)}
                  onFocus={() => point(sentence)}
                  onBlur={() => point(null)}
                  onClick={() => {
                    const next = pinned === sentence ? null : sentence;
                    setPinned(next);
                    onHighlight(next?.lines ?? []);
                  }}
                  aria-pressed={pinned === sentence}
                  data-testid="scribe-draft-sentence"
                  data-lines={sentence.lines.join(',')}
                  sx={{ display: 'inline', textAlign: 'left', font: 'inherit', mr: 0.5, px: 0.25, borderRadius: 0.5, bgcolor: pinned === sentence ? 'warning.light' : undefined, '&:hover': { bgcolor: 'action.hover' } }}
                >
                  {sentence.text}
                  <Typography component="sup" variant="caption" color="text.secondary" sx={{ ml: 0.25 }}>
                    {t('scribe.draft.lines', { lines: sentence.lines.join(', '), count: sentence.lines.length })}
                  </Typography>
                </ButtonBase>
              ))}
            </Box>
          </Stack>
        );
      })}
      <Icd10HintChips hints={draft.content.hints} testIdPrefix="scribe-hint" onAdd={onAddDiagnosis} />
      <Stack direction="row" spacing={1}>
        <Button variant="contained" onClick={use} data-testid="scribe-draft-use">
          {t('scribe.draft.use')}
        </Button>
        {!edited && (
          <Button onClick={() => (setEdited(draft.content.note), setPinned(null), onHighlight([]))} data-testid="scribe-draft-edit">
            {t('scribe.draft.edit')}
          </Button>
        )}
        <Button onClick={() => (verdict(draft, 'rejected'), close())} data-testid="scribe-draft-reject">
          {t('scribe.draft.reject')}
        </Button>
      </Stack>
    </Stack>
  );
}
