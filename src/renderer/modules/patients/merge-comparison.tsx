import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Patient } from '../../../shared/schemas/patients';
import { fieldLines, LIST_FIELDS, useFieldWords } from './field-text';
import { FieldValue } from './field-value';
import { changedFields, RECORD_FIELDS } from './version-changes';

/**
 * The record that stays and the duplicate, field by field, so the person merging can see they
 * are one patient. Rows that differ are shaded; the duplicate's list entries the kept record
 * lacks (the ones the merge adds) are emphasised.
 */
export function MergeComparison({ survivor, duplicate }: { survivor: Patient; duplicate: Patient }) {
  const { t } = useTranslation();
  const words = useFieldWords();
  const differs = new Set(changedFields(survivor, duplicate));
  const fields = RECORD_FIELDS.filter((field) => field !== 'mergedIntoId');
  return (
    <Table size="small" data-testid="merge-comparison">
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '22%' }} />
          <TableCell>{t('patientRecord.merge.thisRecord')}</TableCell>
          <TableCell>{t('patientRecord.merge.duplicate')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        <TableRow>
          <TableCell>{t('patientRecord.fields.mrn')}</TableCell>
          <TableCell>{survivor.mrn}</TableCell>
          <TableCell>{duplicate.mrn}</TableCell>
        </TableRow>
        {fields.map((field) => {
          const kept = fieldLines(field, survivor, words);
          const merged = fieldLines(field, duplicate, words);
          const list = LIST_FIELDS.has(field);
          return (
            <TableRow key={field} sx={differs.has(field) ? { bgcolor: 'action.hover' } : undefined} data-testid={`merge-row-${field}`}>
              <TableCell>{t(`patientRecord.fields.${field}`)}</TableCell>
              <TableCell>
                <FieldValue lines={kept} others={kept} list={false} mark="added" />
              </TableCell>
              <TableCell>
                <FieldValue lines={merged} others={kept} list={list} mark="added" />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
