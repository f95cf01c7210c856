import { Alert, Paper, Stack, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Encounter, FinishedVisit } from '../../../shared/schemas/consultation';
import type { Patient } from '../../../shared/schemas/patients';
import type { VisitSummary } from '../../../shared/schemas/queue';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useCan } from '../../session/session-context';
import { LongTermMedications } from '../chart/long-term-medications';
import { MedicalHistory } from '../chart/medical-history';
import { ProblemList } from '../chart/problem-list';
import { PrescriptionPrintButtons } from '../prescriptions/prescription-print-buttons';
import { VisitDocumentsPanel } from '../visit-documents/visit-documents-panel';
import { ScribePanel } from '../scribe/scribe-panel';
import { DiagnosesSection } from './diagnoses-section';
import { FinishVisit } from './finish-visit';
import { LabReport } from './lab-report';
import { NoteEditor } from './note-editor';
import { PatientBanner } from './patient-banner';
import { PrescriptionSection } from './prescription-section';
import { ShowMore } from './show-more';
import { StructureNote } from './structure-note';
import { SignedNote } from './signed-note';
import { useNoteAutosave } from './use-note-autosave';
import { VisitTimeline } from './visit-timeline';
import { VisitVitals } from './visit-vitals';
import { useSectionShortcuts, WORKSPACE_SECTIONS, type WorkspaceSection } from './workspace-sections';

interface Props {
  visitId: string;
  onFinished: (finished: FinishedVisit) => void;
}

/** One visit in the doctor's room: the patient always in sight, then history, vitals, notes, diagnoses, prescriptions and documents. */
export function ConsultationWorkspace({ visitId, onFinished }: Props) {
  const trpc = useTRPC();
  const record = useQuery(trpc.consultation.visit.queryOptions({ visitId }));
  const patient = useQuery({ ...trpc.patients.get.queryOptions({ id: record.data?.visit.patientId ?? '' }), enabled: record.data !== undefined });
  if (!record.data || !patient.data) return <ErrorAlert error={record.error ?? patient.error} />;
  return <OpenVisit key={visitId} visit={record.data.visit} encounter={record.data.encounter} patient={patient.data} onFinished={onFinished} />;
}

function OpenVisit({ visit, encounter, patient, onFinished }: { visit: VisitSummary; encounter: Encounter | null; patient: Patient; onFinished: Props['onFinished'] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const canWrite = useCan('consultation.write');
  const section = useSectionShortcuts();
  const drafting = visit.status === 'open' && encounter?.status !== 'signed' && canWrite;
  const autosave = useNoteAutosave(visit.id, encounter, drafting);
  const onEncounterSaved = (saved: Encounter): void => {
    autosave.adoptVersion(saved.version);
    queryClient.setQueryData(trpc.consultation.visit.queryKey({ visitId: visit.id }), (old) => old && { ...old, encounter: saved });
  };
  const saveDiagnoses = useMutation(trpc.consultation.saveDiagnoses.mutationOptions({ onSuccess: onEncounterSaved }));
  /** An ICD-10 hint of the note's draft added as the visit's diagnosis, through the diagnoses' own save. */
  const addDiagnosis = async (code: string): Promise<void> => {
    const chosen = encounter?.diagnoses ?? [];
    if (chosen.some((d) => d.code === code)) return;
    const version = await autosave.flush();
    await saveDiagnoses.mutateAsync({ visitId: visit.id, version, diagnoses: [...chosen.map(({ code: c, primary }) => ({ code: c, primary })), { code, primary: chosen.length === 0 }] });
  };
  const reload = (): void => void queryClient.resetQueries({ queryKey: trpc.consultation.visit.queryKey({ visitId: visit.id }) });

  const sections: Record<WorkspaceSection, ReactNode> = {
    history: (
      <Stack spacing={2}>
        <VisitTimeline patientId={patient.id} currentVisitId={visit.id} />
        <ProblemList patientId={patient.id} visitId={visit.id} readOnly={!drafting} />
        <LongTermMedications patientId={patient.id} visitId={visit.id} readOnly={!drafting} />
        <ShowMore label={t('consultation.showHistory')} testId="workspace-medical-history">
          <MedicalHistory patientId={patient.id} visitId={visit.id} readOnly={!drafting} />
        </ShowMore>
      </Stack>
    ),
    vitals: <VisitVitals visit={visit} patient={patient} editable={drafting} />,
    notes: drafting ? (
      <Stack spacing={2}>
        <StructureNote visitId={visit.id} patientId={patient.id} note={autosave.note} onAccept={autosave.change} onAddDiagnosis={(hint) => void addDiagnosis(hint.code).catch(() => undefined)} />
        {/* After the dictation box: Alt+3 focuses the first field of the section, and that must not be the consent buttons. */}
        <ScribePanel visitId={visit.id} target={{ note: autosave.note, onUse: autosave.change, onAddDiagnosis: (hint) => void addDiagnosis(hint.code).catch(() => undefined) }} />
        <LabReport visitId={visit.id} patientId={patient.id} note={autosave.note} onAccept={autosave.change} />
        <NoteEditor note={autosave.note} onChange={autosave.change} state={autosave.state} restored={autosave.restored} onReload={reload} />
      </Stack>
    ) : encounter ? (
      <SignedNote encounter={encounter} canAmend={canWrite && encounter.status === 'signed'} />
    ) : (
      <Typography color="text.secondary">{t('consultation.noNote')}</Typography>
    ),
    diagnoses: <DiagnosesSection visitId={visit.id} diagnoses={encounter?.diagnoses ?? []} editable={drafting} flushNote={autosave.flush} onSaved={onEncounterSaved} />,
    prescriptions: (
      <Stack spacing={1}>
        <PrescriptionSection visitId={visit.id} editable={drafting} />
        {canWrite && <PrescriptionPrintButtons visitId={visit.id} />}
      </Stack>
    ),
    documents: <VisitDocumentsPanel visitId={visit.id} diagnosisSuggestion={primaryDiagnosisText(encounter)} />,
  };

  return (
    <Stack spacing={2} data-testid="workspace">
      <PatientBanner patient={patient} visit={visit} />
      <Typography variant="caption" color="text.secondary">
        {t('consultation.shortcuts')}
      </Typography>
      {WORKSPACE_SECTIONS.filter((key) => sections[key] !== null).map((key) => (
        <Paper key={key} variant="outlined" sx={{ p: 2 }} ref={section(key)} data-testid={`section-${key}`}>
          <Typography variant="h6" component="h3" sx={{ mb: 1 }}>
            {WORKSPACE_SECTIONS.indexOf(key) + 1} · {t(`consultation.sections.${key}`)}
          </Typography>
          {sections[key]}
        </Paper>
      ))}
      {drafting && (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'flex-end' }}>
          <Typography variant="body2" color="text.secondary">
            {t('consultation.finishHint')}
          </Typography>
          <FinishVisit visit={visit} patientName={patient.fullName} flushNote={autosave.flush} onFinished={onFinished} />
        </Stack>
      )}
      {visit.status !== 'open' && encounter?.status !== 'signed' && <Alert severity="info">{t('consultation.banner.finished')}</Alert>}
    </Stack>
  );
}

/** What an MC would print as the diagnosis, if the patient agrees: the primary one, in words with its code. */
function primaryDiagnosisText(encounter: Encounter | null): string | null {
  const primary = encounter?.diagnoses.find((d) => d.primary);
  return primary ? `${primary.description} (${primary.code})` : null;
}
