import { Alert, Button, Checkbox, FormControlLabel, MenuItem, Stack, TextField } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../i18n/describe-error';
import {
  BAUD_RATES,
  ESC_POS_TCP_PORT,
  PAPER_WIDTHS_MM,
  PRINTER_KINDS,
  type PaperWidthMm,
  type PrinterKind,
  type PrinterSettings,
  type PrinterSettingsInput,
} from '../../../shared/schemas/printer';
import { useTRPC } from '../../api/client';
import { fieldRejected } from '../../components/field-error';
import { SettingsSection } from './settings-section';

type BaudRate = (typeof BAUD_RATES)[number];

/** Every connection's fields at once, so switching the kind back and forth loses nothing typed. */
interface PrinterDraft {
  kind: PrinterKind;
  path: string;
  baudRate: BaudRate;
  host: string;
  port: string;
  paperWidthMm: PaperWidthMm;
  printTicketAtCheckIn: boolean;
  copies: string;
  checkStatus: boolean;
}

function toDraft(printer: PrinterSettings): PrinterDraft {
  const connection = printer.connection;
  return {
    kind: connection.kind,
    path: connection.kind === 'escpos-serial' ? connection.path : '',
    baudRate: connection.kind === 'escpos-serial' ? connection.baudRate : 9600,
    host: connection.kind === 'escpos-tcp' ? connection.host : '',
    port: String(connection.kind === 'escpos-tcp' ? connection.port : ESC_POS_TCP_PORT),
    paperWidthMm: printer.paperWidthMm,
    printTicketAtCheckIn: printer.printTicketAtCheckIn,
    copies: String(printer.copies),
    checkStatus: printer.checkStatus,
  };
}

function toSettings(draft: PrinterDraft): PrinterSettingsInput {
  const connection: PrinterSettingsInput['connection'] =
    draft.kind === 'escpos-serial'
      ? { kind: draft.kind, path: draft.path, baudRate: draft.baudRate }
      : draft.kind === 'escpos-tcp'
        ? { kind: draft.kind, host: draft.host, port: Number(draft.port) }
        : { kind: 'none' };
  const { paperWidthMm, printTicketAtCheckIn, checkStatus } = draft;
  return { connection, paperWidthMm, printTicketAtCheckIn, copies: Number(draft.copies), checkStatus };
}

/** The receipt printer: how it is connected, its paper, and whether tickets print by themselves; with a test print. */
export function PrinterForm({ printer, editable }: { printer: PrinterSettings; editable: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => toDraft(printer));
  const update = useMutation(trpc.settings.printer.save.mutationOptions({ onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.settings.all.queryKey() }) }));
  const test = useMutation(trpc.clinic.testPrinter.mutationOptions());
  // The page has loaded the settings already: this reads them from the cache, and follows a renamed clinic.
  const change = (changes: Partial<PrinterDraft>): void => {
    setDraft({ ...draft, ...changes });
    test.reset();
  };
  const rejected = (field: string): boolean => fieldRejected(update.error ?? test.error, field);
  return (
    <SettingsSection title={t('printing.settings')} editable={editable} pending={update.isPending} saved={update.isSuccess} error={update.error} onSubmit={() => update.mutate(toSettings(draft))}>
      <TextField select label={t('printing.kind')} disabled={!editable} value={draft.kind} onChange={(e) => change({ kind: e.target.value as PrinterKind })} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'printer-kind' } as object } }}>
        {PRINTER_KINDS.map((kind) => (
          <MenuItem key={kind} value={kind} data-testid={`printer-kind-${kind}`}>
            {t(`printing.kinds.${kind}`)}
          </MenuItem>
        ))}
      </TextField>
      {draft.kind === 'escpos-serial' && (
        <Stack direction="row" spacing={2}>
          <TextField label={t('printing.path')} helperText={t('printing.pathHint')} disabled={!editable} value={draft.path} error={rejected('connection.path')} onChange={(e) => change({ path: e.target.value })} sx={{ flex: 1 }} slotProps={{ htmlInput: { 'data-testid': 'printer-path', maxLength: 200 } }} />
          <TextField select label={t('printing.baudRate')} disabled={!editable} value={draft.baudRate} onChange={(e) => change({ baudRate: Number(e.target.value) as BaudRate })} sx={{ width: 160 }}>
            {BAUD_RATES.map((rate) => (
              <MenuItem key={rate} value={rate}>
                {rate}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
      )}
      {draft.kind === 'escpos-tcp' && (
        <Stack direction="row" spacing={2}>
          <TextField label={t('printing.host')} helperText={t('printing.hostHint')} disabled={!editable} value={draft.host} error={rejected('connection.host')} onChange={(e) => change({ host: e.target.value.trim() })} sx={{ flex: 1 }} slotProps={{ htmlInput: { 'data-testid': 'printer-host', maxLength: 253 } }} />
          <TextField label={t('printing.port')} type="number" disabled={!editable} value={draft.port} error={rejected('connection.port')} onChange={(e) => change({ port: e.target.value })} sx={{ width: 120 }} slotProps={{ htmlInput: { min: 1, max: 65535, 'data-testid': 'printer-port' } }} />
        </Stack>
      )}
      {draft.kind !== 'none' && (
        <>
          <Stack direction="row" spacing={2}>
            <TextField select label={t('printing.paperWidth')} disabled={!editable} value={draft.paperWidthMm} onChange={(e) => change({ paperWidthMm: Number(e.target.value) as PaperWidthMm })} sx={{ flex: 1 }}>
              {PAPER_WIDTHS_MM.map((width) => (
                <MenuItem key={width} value={width}>
                  {t(`printing.paperWidths.${width}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField label={t('printing.copies')} type="number" disabled={!editable} value={draft.copies} error={rejected('copies')} onChange={(e) => change({ copies: e.target.value })} sx={{ width: 120 }} slotProps={{ htmlInput: { min: 1, max: 3 } }} />
          </Stack>
          <FormControlLabel
            control={<Checkbox disabled={!editable} checked={draft.printTicketAtCheckIn} onChange={(e) => change({ printTicketAtCheckIn: e.target.checked })} data-testid="printer-at-checkin" />}
            label={t('printing.printTicketAtCheckIn')}
          />
          <FormControlLabel
            control={<Checkbox disabled={!editable} checked={draft.checkStatus} onChange={(e) => change({ checkStatus: e.target.checked })} />}
            label={t('printing.checkStatus')}
            title={t('printing.checkStatusHint')}
          />
          {editable && (
            <Button variant="outlined" disabled={test.isPending} onClick={() => test.mutate({ printer: toSettings(draft) })} sx={{ alignSelf: 'flex-start' }} data-testid="printer-test">
              {t('printing.testPrint')}
            </Button>
          )}
          {test.isSuccess && <Alert severity="success">{t('printing.testPrinted')}</Alert>}
          {test.error && <Alert severity="error">{describeError(test.error, t)}</Alert>}
        </>
      )}
    </SettingsSection>
  );
}
