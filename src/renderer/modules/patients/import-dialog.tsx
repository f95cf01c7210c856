import { Accordion, AccordionDetails, AccordionSummary, Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Stack, Typography } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { columnNames, guessMapping } from '../../../shared/patient-import-columns';
import type { ImportCommitProgress, ImportPreview, ImportResult } from '../../../shared/schemas/patient-import';
import { appErrorOf } from '../../api/app-error';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { firstRecordOf, sendInChunks } from './csv-upload';
import { beginInput, ImportMapping, type ImportSettingsDraft } from './import-mapping';
import { ImportPreviewTable, ImportResultSummary } from './import-outcome';

type Phase = { kind: 'idle' } | { kind: 'uploading'; fraction: number } | { kind: 'checking' } | { kind: 'committing' };

/** How often the dialog asks how far a commit has got. */
const PROGRESS_POLL_MS = 500;

/**
 * Patients from a legacy system's CSV: choose the file, map its columns, upload and check every
 * row (nothing is written yet), then import the valid rows in one go and list the rest with reasons.
 */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [firstRecord, setFirstRecord] = useState<string[]>([]);
  const [settings, setSettings] = useState<ImportSettingsDraft>({ mapping: {}, hasHeader: true, dateFormat: 'DD/MM/YYYY', delimiter: 'auto' });
  const [text, setText] = useState('');
  const [importId, setImportId] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [error, setError] = useState<unknown>(null);
  const [stopped, setStopped] = useState(false);
  const begin = useMutation(trpc.patients.importBegin.mutationOptions());
  const chunk = useMutation(trpc.patients.importChunk.mutationOptions());
  const check = useMutation(trpc.patients.importPreview.mutationOptions());
  const commit = useMutation(trpc.patients.importCommit.mutationOptions());
  const cancel = useMutation(trpc.patients.importCancel.mutationOptions());
  const progress = useQuery({
    ...trpc.patients.importProgress.queryOptions({ importId: importId ?? '' }),
    enabled: phase.kind === 'committing' && importId !== null,
    refetchInterval: PROGRESS_POLL_MS,
  });
  const columns = columnNames(firstRecord, settings.hasHeader);
  const ready = beginInput(settings);
  const busy = phase.kind !== 'idle';

  const choose = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const chosen = event.target.files?.[0] ?? null;
    setFile(chosen);
    setPreview(null);
    setResult(null);
    dropStaged();
    if (!chosen) return;
    await readColumns(chosen, settings.delimiter);
  };

  /** The file's columns read with `delimiter`, again whenever the user chooses another separator. */
  const readColumns = async (chosen: File, delimiter: ImportSettingsDraft['delimiter']): Promise<void> => {
    const first = await firstRecordOf(chosen, delimiter);
    const guessed = guessMapping(first);
    // A first row that names the name or identity column is a header; otherwise it is a patient.
    const hasHeader = guessed.fullName !== undefined || guessed.identityNo !== undefined;
    setFirstRecord(first);
    setSettings((current) => ({ ...current, delimiter, hasHeader, mapping: hasHeader ? guessed : {} }));
  };
  /** The checked file staged on the hub, dropped there when the user changes course or leaves (not once imported). */
  const dropStaged = (): void => {
    if (importId && !result) cancel.mutate({ importId });
    setImportId(null);
  };

  /** A change after the check keeps the file: the old check is dropped and "Upload and check" reads the same file again. */
  const changeSettings = (next: ImportSettingsDraft): void => {
    setPreview(null);
    dropStaged();
    if (file && next.delimiter !== settings.delimiter) void readColumns(file, next.delimiter);
    else setSettings(next);
  };

  const run = async (work: () => Promise<void>): Promise<void> => {
    setError(null);
    setStopped(false);
    try {
      await work();
    } catch (failure) {
      setError(failure);
    } finally {
      setPhase({ kind: 'idle' });
    }
  };

  const uploadAndCheck = (): Promise<void> =>
    run(async () => {
      if (!file || !ready) return;
      setPhase({ kind: 'uploading', fraction: 0 });
      const content = await file.text();
      setText(content);
      const started = await begin.mutateAsync(ready);
      await sendInChunks(content, (piece) => chunk.mutateAsync({ importId: started.importId, text: piece }), (fraction) => setPhase({ kind: 'uploading', fraction }));
      setPhase({ kind: 'checking' });
      setPreview(await check.mutateAsync({ importId: started.importId }));
      setImportId(started.importId);
    });

  const importRows = (): Promise<void> =>
    run(async () => {
      if (!importId) return;
      setPhase({ kind: 'committing' });
      try {
        setResult(await commit.mutateAsync({ importId }));
      } catch (failure) {
        if (appErrorOf(failure)?.details.reason !== 'import-cancelled') throw failure;
        // The hub removed everything the commit had written, and the staged file with it.
        setStopped(true);
        setPreview(null);
        setImportId(null);
        return;
      }
      void queryClient.invalidateQueries({ queryKey: trpc.patients.search.queryKey() });
    });

  /** Asks the hub to stop the commit at the end of the chunk it is writing; the commit then fails as cancelled. */
  const stopImport = (): void => {
    if (importId) cancel.mutate({ importId });
  };

  const close = (): void => {
    dropStaged();
    onClose();
  };
  const mapping = <ImportMapping columns={columns} value={settings} onChange={changeSettings} disabled={busy} />;

  return (
    <Dialog open onClose={busy ? undefined : close} fullWidth maxWidth="lg">
      <DialogTitle>{t('patientImport.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {result ? (
            <ImportResultSummary result={result} text={text} hasHeader={settings.hasHeader} />
          ) : (
            <>
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
                <Button component="label" variant="outlined" startIcon={<UploadFileIcon />} disabled={busy}>
                  {t('patientImport.chooseFile')}
                  <input hidden type="file" accept=".csv,text/csv" onChange={(event) => void choose(event)} data-testid="import-file" />
                </Button>
                {file && <Typography>{t('patientImport.fileChosen', { name: file.name, size: `${Math.max(1, Math.round(file.size / 1024))} KiB` })}</Typography>}
              </Stack>
              {phase.kind !== 'idle' && <Progress phase={phase} written={progress.data ?? null} />}
              <ErrorAlert error={error} />
              {stopped && <Alert severity="info" data-testid="import-stopped">{t('patientImport.stopped')}</Alert>}
              {preview && <ImportPreviewTable preview={preview} />}
              {/* Once checked, the mapping folds away under the totals; changing it drops the check. */}
              {file && preview && (
                <Accordion disableGutters variant="outlined">
                  <AccordionSummary expandIcon={<ExpandMoreIcon />} data-testid="import-mapping-toggle">{t('patientImport.changeMapping')}</AccordionSummary>
                  <AccordionDetails>{mapping}</AccordionDetails>
                </Accordion>
              )}
              {file && !preview && mapping}
            </>
          )}
          {result && <ErrorAlert error={error} />}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={close} disabled={busy}>{result ? t('patientImport.close') : t('common.cancel')}</Button>
        {phase.kind === 'committing' && (
          <Button color="warning" disabled={cancel.isPending} onClick={stopImport} data-testid="import-stop">
            {t('patientImport.stop')}
          </Button>
        )}
        {!result && !preview && (
          <Button variant="contained" disabled={!file || !ready || busy} onClick={() => void uploadAndCheck()} data-testid="import-check">
            {t('patientImport.check')}
          </Button>
        )}
        {!result && preview && (
          <Button variant="contained" disabled={busy || preview.totals.valid === 0} onClick={() => void importRows()} data-testid="import-commit">
            {t('patientImport.commit', { count: preview.totals.valid })}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}

function Progress({ phase, written }: { phase: Exclude<Phase, { kind: 'idle' }>; written: ImportCommitProgress | null }) {
  const { t } = useTranslation();
  const percent = phase.kind === 'uploading' ? Math.round(phase.fraction * 100) : phase.kind === 'committing' && written && written.total > 0 ? Math.min(100, Math.round((written.written / written.total) * 100)) : null;
  const text =
    phase.kind === 'uploading'
      ? t('patientImport.uploading', { percent })
      : phase.kind === 'committing' && written
        ? t('patientImport.importedOf', { written: written.written, total: written.total })
        : t(`patientImport.${phase.kind}`);
  return (
    <Stack spacing={0.5} data-testid="import-progress">
      <Typography variant="body2">{text}</Typography>
      <LinearProgress variant={percent !== null ? 'determinate' : 'indeterminate'} value={percent ?? undefined} />
    </Stack>
  );
}
