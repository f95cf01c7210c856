import { Button, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { RedactionPreview } from './redaction-preview';

/**
 * "What will be sent": beside a box whose text a feature sends to the model, the text as it would
 * leave this PC, identifiers replaced. Shown only while AI is on (with it off nothing leaves), and
 * only when asked for, so typing does not ask the hub for a preview at every key.
 */
export function WhatWillBeSent({ text, patientId }: { text: string; patientId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const status = useQuery(trpc.ai.status.queryOptions());
  const [open, setOpen] = useState(false);
  if (!status.data?.enabled || text.trim() === '') return null;
  return (
    <Stack spacing={1}>
      <Button size="small" sx={{ alignSelf: 'flex-start' }} onClick={() => setOpen(!open)} data-testid="ai-what-will-be-sent">
        {t(open ? 'ai.preview.hide' : 'ai.preview.show')}
      </Button>
      {open && <RedactionPreview text={text} patientId={patientId} />}
    </Stack>
  );
}
