import { Alert, Button, Checkbox, Chip, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReorderRow } from '../../../shared/schemas/purchasing';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useRinggit } from '../../format/ringgit';
import { NumberTextField } from '../medicines/number-text-field';

/** What the manager changed on a row before ordering: the quantity and the supplier. */
interface RowChoice {
  quantity: number | null;
  supplierId: string;
}

const rowCode = (row: ReorderRow) => row.medicineCode ?? row.medicineId;

/** The items to order now; the ticked rows become one draft order per supplier. */
export function ReorderList() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const money = useRinggit();
  const queryClient = useQueryClient();
  const rows = useQuery(trpc.purchasing.reorderList.queryOptions());
  const suppliers = useQuery(trpc.suppliers.list.queryOptions());
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [choices, setChoices] = useState<Record<string, RowChoice>>({});
  const create = useMutation(
    trpc.purchasing.createOrdersFromReorder.mutationOptions({
      onSuccess: () => {
        setTicked(new Set());
        setChoices({});
        void queryClient.invalidateQueries({ queryKey: trpc.purchasing.pathKey() });
      },
    }),
  );
  const choiceOf = (row: ReorderRow): RowChoice => choices[row.medicineId] ?? { quantity: row.suggestedQuantity, supplierId: row.supplierId ?? '' };
  const choose = (row: ReorderRow, change: Partial<RowChoice>) => setChoices({ ...choices, [row.medicineId]: { ...choiceOf(row), ...change } });
  const tick = (row: ReorderRow, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(row.medicineId);
    else next.delete(row.medicineId);
    setTicked(next);
  };
  const chosen = (rows.data ?? []).filter((row) => ticked.has(row.medicineId));
  const ready = chosen.length > 0 && chosen.every((row) => choiceOf(row).supplierId !== '' && (choiceOf(row).quantity ?? 0) >= 1);
  const createOrders = (event: FormEvent) => {
    event.preventDefault();
    // A line with no price yet goes on the draft at 0, to be priced there before it is sent.
    if (ready) create.mutate({ rows: chosen.map((row) => ({ medicineId: row.medicineId, supplierId: choiceOf(row).supplierId, quantity: choiceOf(row).quantity ?? 0, unitCostSen: row.unitCostSen ?? 0 })) });
  };
  const activeSuppliers = (suppliers.data ?? []).filter((s) => s.active);
  return (
    <Stack spacing={2} component="form" onSubmit={createOrders}>
      <ErrorAlert error={rows.error ?? create.error} />
      {create.data && <Alert severity="success">{t('purchasing.reorder.created', { numbers: create.data.map((o) => o.number).join(', ') })}</Alert>}
      {rows.data?.length === 0 && <Typography color="text.secondary">{t('purchasing.reorder.none')}</Typography>}
      {rows.data && rows.data.length > 0 && (
        <Table size="small" data-testid="reorder-list">
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox" />
              <TableCell>{t('purchasing.reorder.medicine')}</TableCell>
              <TableCell>{t('purchasing.reorder.why')}</TableCell>
              <TableCell align="right">{t('purchasing.reorder.suggested')}</TableCell>
              <TableCell align="right">{t('purchasing.reorder.lastCost')}</TableCell>
              <TableCell>{t('purchasing.reorder.supplier')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.data.map((row) => (
              <TableRow key={row.medicineId} data-testid={`reorder-row-${rowCode(row)}`} selected={ticked.has(row.medicineId)}>
                <TableCell padding="checkbox">
                  <Checkbox checked={ticked.has(row.medicineId)} onChange={(e) => tick(row, e.target.checked)} slotProps={{ input: { 'aria-label': row.medicineLabel, 'data-testid': `reorder-tick-${rowCode(row)}` } as object }} />
                </TableCell>
                <TableCell>{row.medicineLabel}</TableCell>
                <TableCell>
                  <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 0.5 }}>
                    {row.reasons.includes('below-level') && <Chip size="small" color="warning" label={t('purchasing.reorder.belowLevel', { usable: row.usable, level: row.reorderLevel })} />}
                    {row.reasons.includes('runs-out-in-lead-time') && <Chip size="small" color="error" label={t('purchasing.reorder.runsOut', { weekly: row.weeklyUse, usable: row.usable, days: row.leadTimeDays })} />}
                    {row.onOrder > 0 && <Chip size="small" variant="outlined" label={t('purchasing.reorder.onOrder', { count: row.onOrder })} />}
                  </Stack>
                </TableCell>
                <TableCell align="right">
                  <NumberTextField value={choiceOf(row).quantity} onChange={(quantity) => choose(row, { quantity })} helperText={t(`medicines.units.${row.dispensingUnit}`)} sx={{ width: 110 }} testId={`reorder-quantity-${rowCode(row)}`} />
                </TableCell>
                <TableCell align="right" data-testid={`reorder-cost-${rowCode(row)}`}>
                  {row.unitCostSen === null ? (
                    <Typography variant="body2" color="warning.main">
                      {t('purchasing.reorder.noCost')}
                    </Typography>
                  ) : (
                    t('purchasing.reorder.perUnit', { amount: money(row.unitCostSen), unit: t(`medicines.units.${row.dispensingUnit}`) })
                  )}
                </TableCell>
                <TableCell>
                  <TextField
                    select
                    size="small"
                    label={t('purchasing.reorder.supplier')}
                    value={choiceOf(row).supplierId}
                    onChange={(e) => choose(row, { supplierId: e.target.value })}
                    helperText={choiceOf(row).supplierId === '' ? t('purchasing.reorder.noSupplier') : undefined}
                    sx={{ width: 260 }}
                    slotProps={{ htmlInput: { 'data-testid': `reorder-supplier-${rowCode(row)}` } }}
                  >
                    {activeSuppliers.map((s) => (
                      <MenuItem key={s.id} value={s.id}>
                        {s.name}
                      </MenuItem>
                    ))}
                  </TextField>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Stack direction="row">
        <Button type="submit" variant="contained" disabled={!ready || create.isPending} data-testid="reorder-create">
          {t('purchasing.reorder.createOrders', { count: chosen.length })}
        </Button>
      </Stack>
    </Stack>
  );
}
