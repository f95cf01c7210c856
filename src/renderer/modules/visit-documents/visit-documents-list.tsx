import { Button, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchivedDocument } from '../../../shared/schemas/documents';
import { useTRPC } from '../../api/client';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { requestPdf } from '../../components/show-pdf';
import { useClinicDates } from '../../format/use-clinic-clock';
import { useCan } from '../../session/session-context';
import { kindName } from './kind-name';

/**
 * The documents issued in a visit, newest first, cancelled ones kept and marked: a reprint opens
 * the copy's PDF; cancelling asks why (the reason stays with it).
 */
export function VisitDocumentsList({ visitId }: { visitId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const dates = useClinicDates();
  const canCancel = useCan('consultation.write');
  const documents = useQuery(trpc.documents.forVisit.queryOptions({ visitId }));
  const refresh = (): void => void queryClient.invalidateQueries({ queryKey: trpc.documents.forVisit.queryKey({ visitId }) });
  const reprint = useMutation(trpc.documents.reprint.mutationOptions({ onSettled: refresh }));
  const [cancelling, setCancelling] = useState<ArchivedDocument | null>(null);

  if (documents.error) return <ErrorAlert error={documents.error} />;
  const rows = documents.data ?? [];
  return (
    <Stack spacing={1} data-testid="visit-documents">
      <Typography variant="subtitle1" component="h2">
        {t('visitDocuments.list.title')}
      </Typography>
      {rows.length === 0 && !documents.isPending && <Typography color="text.secondary">{t('visitDocuments.list.empty')}</Typography>}
      {rows.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('visitDocuments.list.document')}</TableCell>
              <TableCell>{t('visitDocuments.list.serial')}</TableCell>
              <TableCell>{t('visitDocuments.list.issuedAt')}</TableCell>
              <TableCell>{t('visitDocuments.list.status')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((document) => (
              <TableRow key={document.id} data-testid={`visit-document-${document.serial}`}>
                <TableCell>{kindName(t, document.kind)}</TableCell>
                <TableCell>{document.serial}</TableCell>
                <TableCell>
                  {dates.dateTime(document.issuedAt)}
                  {document.reprintCount > 0 && (
                    <Typography variant="caption" color="text.secondary" component="div">
                      {t('visitDocuments.list.copies', { count: document.reprintCount })}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  {document.cancelledAt ? (
                    <>
                      <Chip size="small" color="error" label={t('visitDocuments.list.cancelled')} />
                      <Typography variant="caption" color="text.secondary" component="div">
                        {document.cancelReason}
                      </Typography>
                    </>
                  ) : (
                    <Chip size="small" color="success" variant="outlined" label={t('visitDocuments.list.valid')} />
                  )}
                </TableCell>
                <TableCell align="right">
                  {!document.cancelledAt && (
                    <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
                      <Button size="small" disabled={reprint.isPending} onClick={() => requestPdf(reprint.mutate, { id: document.id }, () => undefined)} data-testid={`reprint-${document.serial}`}>
                        {t('visitDocuments.list.reprint')}
                      </Button>
                      {canCancel && (
                        <Button size="small" color="error" onClick={() => setCancelling(document)} data-testid={`cancel-${document.serial}`}>
                          {t('visitDocuments.list.cancel')}
                        </Button>
                      )}
                    </Stack>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <ErrorAlert error={reprint.error} />
      {cancelling && <CancelDocumentDialog document={cancelling} onDone={refresh} onClose={() => setCancelling(null)} />}
    </Stack>
  );
}

function CancelDocumentDialog({ document, onDone, onClose }: { document: ArchivedDocument; onDone: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [reason, setReason] = useState('');
  const cancel = useMutation(
    trpc.documents.cancel.mutationOptions({
      onSuccess: () => {
        onDone();
        onClose();
      },
    }),
  );
  return (
    <ConfirmDialog
      title={t('visitDocuments.list.cancelTitle', { serial: document.serial })}
      confirmLabel={t('visitDocuments.list.confirmCancel')}
      testId="cancel-document"
      color="error"
      pending={cancel.isPending}
      error={cancel.error}
      onConfirm={() => cancel.mutate({ id: document.id, reason })}
      onClose={onClose}
    >
      <Stack spacing={2}>
        <span>{t('visitDocuments.list.cancelHint')}</span>
        <TextField
          label={t('visitDocuments.list.cancelReason')}
          required
          autoFocus
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && reason.trim()) cancel.mutate({ id: document.id, reason });
          }}
          slotProps={{ htmlInput: { maxLength: 500, 'data-testid': 'cancel-document-reason' } }}
        />
      </Stack>
    </ConfirmDialog>
  );
}
