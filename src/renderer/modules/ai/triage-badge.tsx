import { Button, Chip, Stack, Typography } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/ai-draft';
import type { TriageAssessment } from '../../../shared/schemas/ai-triage';
import { useTRPC } from '../../api/client';
import { DraftNotice, useDraftVerdict } from './draft-notice';

/** Typing pauses this long before the rules are asked: one request per pause, not per key. */
const PAUSE_MS = 500;
const COLOURS = { low: 'success', medium: 'warning', high: 'error' } as const;

interface Props {
  complaint: string;
  patientId: string | null;
  /** The receptionist confirmed raising the ticket's priority; the reason is the triage's, to edit. */
  onRaise: (reason: string) => void;
}

/**
 * The triage badge beside a chief complaint: the clinic's rules as the receptionist types (after a
 * pause), the model only when she asks, once per complaint. A high urgency offers to raise the
 * priority; nothing changes until she confirms.
 */
export function TriageBadge({ complaint, patientId, onRaise }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const verdict = useDraftVerdict();
  const status = useQuery(trpc.ai.status.queryOptions());
  const assess = useMutation(trpc.ai.triage.assess.mutationOptions());
  const [draft, setDraft] = useState<Draft<TriageAssessment> | null>(null);
  const [raised, setRaised] = useState(false);
  const asked = useRef(new Map<string, Draft<TriageAssessment>>());
  const text = complaint.trim();
  const key = `${patientId ?? ''}|${text}`;
  const { mutate } = assess;

  useEffect(() => {
    setRaised(false);
    if (!text) {
      setDraft(null);
      return;
    }
    const modelDraft = asked.current.get(key);
    if (modelDraft) {
      setDraft(modelDraft);
      return;
    }
    const timer = setTimeout(() => mutate({ complaint: text, patientId: patientId ?? undefined }, { onSuccess: setDraft }), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [key, text, patientId, mutate]);

  if (!text || !draft) return assess.isPending ? <Typography color="text.secondary">{t('ai.triage.checking')}</Typography> : null;
  const content = draft.content;
  const reason = content.findings.map((finding) => `${t(`ai.triage.signs.${finding.sign}`)}: “${finding.words}”`).join('; ');
  const askModel = (): void => {
    mutate(
      { complaint: text, patientId: patientId ?? undefined, askModel: true },
      {
        onSuccess: (answer) => {
          asked.current.set(key, answer);
          setDraft(answer);
        },
      },
    );
  };
  const raise = (): void => {
    setRaised(true);
    verdict(draft, 'accepted');
    onRaise(`${t('ai.triage.redFlag')}: ${reason}`.slice(0, 200));
  };
  return (
    <Stack spacing={1} data-testid="triage" data-urgency={content.urgency}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip color={COLOURS[content.urgency]} label={t(`ai.triage.urgency.${content.urgency}`)} title={reason} data-testid="triage-badge" />
        <Typography variant="body2">{t('ai.triage.see', { service: t(`ai.triage.services.${content.service}`), minutes: content.durationMinutes })}</Typography>
        {status.data?.enabled && !asked.current.has(key) && (
          <Button size="small" onClick={askModel} disabled={assess.isPending} data-testid="triage-ask-model">
            {t('ai.triage.askModel')}
          </Button>
        )}
      </Stack>
      {reason && (
        <Typography variant="body2" data-testid="triage-reason">
          {reason}
        </Typography>
      )}
      {content.note && <Typography variant="body2">{content.note}</Typography>}
      {content.urgency === 'high' &&
        (raised ? (
          <Typography color="error">{t('ai.triage.raised')}</Typography>
        ) : (
          <Button variant="contained" color="error" onClick={raise} data-testid="triage-raise">
            {t('ai.triage.raise')}
          </Button>
        ))}
      <DraftNotice draft={draft} />
    </Stack>
  );
}
