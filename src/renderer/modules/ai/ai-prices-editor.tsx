import { Button, IconButton, Stack, TextField, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useTranslation } from 'react-i18next';
import type { AiPrice } from '../../../shared/schemas/ai';

/** The per-model price list the usage view's cost estimate comes from. */
export function AiPricesEditor({ prices, editable, onChange }: { prices: AiPrice[]; editable: boolean; onChange: (prices: AiPrice[]) => void }) {
  const { t } = useTranslation();
  const change = (index: number, price: AiPrice) => onChange(prices.map((entry, i) => (i === index ? price : entry)));
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle2">{t('ai.settings.prices')}</Typography>
      {prices.map((price, index) => (
        <Stack key={index} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField size="small" label={t('ai.settings.priceModel')} disabled={!editable} value={price.model} onChange={(e) => change(index, { ...price, model: e.target.value })} />
          <TextField size="small" type="number" label={t('ai.settings.priceInput')} disabled={!editable} value={price.inputSenPerMillion} onChange={(e) => change(index, { ...price, inputSenPerMillion: Number(e.target.value) })} sx={{ maxWidth: 160 }} />
          <TextField size="small" type="number" label={t('ai.settings.priceOutput')} disabled={!editable} value={price.outputSenPerMillion} onChange={(e) => change(index, { ...price, outputSenPerMillion: Number(e.target.value) })} sx={{ maxWidth: 160 }} />
          {editable && (
            <IconButton aria-label={t('ai.settings.removePrice')} onClick={() => onChange(prices.filter((_, i) => i !== index))}>
              <DeleteIcon />
            </IconButton>
          )}
        </Stack>
      ))}
      {editable && (
        <Button size="small" sx={{ alignSelf: 'flex-start' }} onClick={() => onChange([...prices, { model: '', inputSenPerMillion: 0, outputSenPerMillion: 0 }])}>
          {t('ai.settings.addPrice')}
        </Button>
      )}
    </Stack>
  );
}
