import { Alert, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/ai-draft';
import type { LabRow } from '../../../shared/lab-results';
import { AI_TEXT_MAX } from '../../../shared/schemas/ai';
import { LAB_PDF_MAX_BYTES, type ExtractLabsInput, type LabReportDraft } from '../../../shared/schemas/ai-labs';
import type { SoapNote } from '../../../shared/schemas/consultation';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { DraftNotice, useDraftVerdict } from '../ai/draft-notice';
import { WhatWillBeSent } from '../ai/what-will-be-sent';
import { objectiveWithLabRows, rowsChanged } from './lab-rows';
import { LabRowsTable } from './lab-rows-table';

/** The longest a SOAP section may be (the note's own limit). */
const SECTION_MAX = 10_000;

interface Props {
  visitId: string;
  /** Whose identifiers the preview of what is sent replaces. */
  patientId: string;
  note: SoapNote;
  /** The note with the accepted rows in its Objective; the note's own autosave writes it. */
  onAccept: (note: SoapNote) => void;
}

interface ChosenPdf {
  name: string;
  base64: string;
}

/** The file's bytes as base64, read in this browser: the PDF goes to the hub as the procedure's input, never as a file anywhere. */
function base64Of(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(file);
  });
}

/**
 * An outside lab's report, pasted or chosen as a text PDF, read into editable result rows that the
 * doctor corrects and adds to the note's Objective, or discards. Nothing is saved here.
 */
export function LabReport({ visitId, patientId, note, onAccept }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const verdict = useDraftVerdict();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [pdf, setPdf] = useState<ChosenPdf | null>(null);
  const [fileProblem, setFileProblem] = useState<'tooBig' | 'unreadable' | null>(null);
  const [draft, setDraft] = useState<Draft<LabReportDraft> | null>(null);
  const [rows, setRows] = useState<LabRow[]>([]);
  const extract = useMutation(trpc.ai.labs.extract.mutationOptions({ onSuccess: (result) => (setDraft(result), setRows(result.content.rows)) }));

  const choose = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    extract.reset();
    setPdf(null);
    setFileProblem(file.size > LAB_PDF_MAX_BYTES ? 'tooBig' : null);
    if (file.size > LAB_PDF_MAX_BYTES) return;
    const base64 = await base64Of(file).catch(() => null);
    setFileProblem(base64 ? null : 'unreadable');
    if (base64) setPdf({ name: file.name, base64 });
  };
  const run = (): void => {
    const report: ExtractLabsInput['report'] = pdf ? { kind: 'pdf', base64: pdf.base64 } : { kind: 'text', text };
    extract.mutate({ visitId, report });
  };
  const reset = (): void => {
    setText('');
    setPdf(null);
    setFileProblem(null);
    setDraft(null);
    setRows([]);
    extract.reset();
    setOpen(false);
  };
  const objective = objectiveWithLabRows(note.objective, rows, t('consultation.labs.noteHeading'));
  const tooLong = objective.length > SECTION_MAX;
  const accept = (): void => {
    if (!draft) return;
    verdict(draft, rowsChanged(draft.content.rows, rows) ? 'edited' : 'accepted');
    onAccept({ ...note, objective });
    reset();
  };
  const discard = (): void => {
    if (draft) verdict(draft, 'rejected');
    reset();
  };

  return (
    <>
      <Button variant="outlined" sx={{ alignSelf: 'flex-start' }} onClick={() => setOpen(true)} data-testid="lab-report-open">
        {t('consultation.labs.open')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="lg" slotProps={{ paper: { 'data-testid': 'lab-report' } as object }}>
        <DialogTitle>{t('consultation.labs.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {!draft && (
              <>
                <TextField
                  label={t('consultation.labs.paste')}
                  placeholder={t('consultation.labs.pasteHint')}
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                  disabled={pdf !== null}
                  multiline
                  minRows={6}
                  maxRows={16}
                  slotProps={{ htmlInput: { 'data-testid': 'lab-report-text', maxLength: AI_TEXT_MAX, style: { fontFamily: 'monospace' } } }}
                />
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <Typography variant="body2" color="text.secondary">
                    {t('consultation.labs.or')}
                  </Typography>
                  <Button component="label" variant="outlined" size="small" data-testid="lab-report-choose">
                    {t('consultation.labs.choosePdf')}
                    <input hidden type="file" accept="application/pdf,.pdf" onChange={(event) => void choose(event)} data-testid="lab-report-file" />
                  </Button>
                  {pdf && <Chip label={pdf.name} onDelete={() => (setPdf(null), extract.reset())} data-testid="lab-report-pdf" />}
                </Stack>
                {fileProblem && <Alert severity="error">{t(`consultation.labs.${fileProblem}`, { mb: LAB_PDF_MAX_BYTES / 1024 / 1024 })}</Alert>}
                {pdf === null && <WhatWillBeSent text={text} patientId={patientId} />}
                {extract.isPending && <LinearProgress data-testid="lab-report-reading" />}
                <ErrorAlert error={extract.error} />
              </>
            )}
            {draft && (
              <Stack spacing={1} data-testid="lab-report-draft">
                <DraftNotice draft={draft} />
                {rows.length === 0 && <Alert severity="info">{draft.content.rows.length === 0 ? t('consultation.labs.noRows') : t('consultation.labs.allRemoved')}</Alert>}
                {rows.length > 0 && <LabRowsTable rows={rows} onChange={setRows} />}
                {tooLong && <Alert severity="error">{t('consultation.labs.tooLong', { max: SECTION_MAX })}</Alert>}
              </Stack>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          {!draft && (
            <>
              <Button onClick={() => setOpen(false)}>{t('consultation.labs.close')}</Button>
              <Button variant="contained" disabled={(text.trim() === '' && !pdf) || extract.isPending} onClick={run} data-testid="lab-report-extract">
                {t('consultation.labs.extract')}
              </Button>
            </>
          )}
          {draft && (
            <>
              <Button onClick={discard} data-testid="lab-report-discard">
                {t('consultation.labs.discard')}
              </Button>
              <Button variant="contained" disabled={rows.length === 0 || tooLong} onClick={accept} data-testid="lab-report-accept">
                {t('consultation.labs.accept')}
              </Button>
            </>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
}
