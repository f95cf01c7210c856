import { TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { SOAP_SECTIONS, type SoapNote } from '../../../shared/schemas/consultation';

/** A SOAP draft's sections as text the doctor changes before it goes into the note (test ids `${testIdPrefix}-subjective`…). */
export function SoapDraftFields({ note, onChange, testIdPrefix }: { note: SoapNote; onChange: (note: SoapNote) => void; testIdPrefix: string }) {
  const { t } = useTranslation();
  return SOAP_SECTIONS.map((section) => (
    <TextField
      key={section}
      label={t(`consultation.soap.${section}`)}
      value={note[section]}
      onChange={(e) => onChange({ ...note, [section]: e.target.value })}
      multiline
      slotProps={{ htmlInput: { 'data-testid': `${testIdPrefix}-${section}`, maxLength: 10_000 } }}
    />
  ));
}

/** Whether the doctor changed any section of the draft before using it: the AI log then says edited. */
export function soapEdited(drafted: SoapNote, used: SoapNote): boolean {
  return SOAP_SECTIONS.some((section) => used[section] !== drafted[section]);
}
