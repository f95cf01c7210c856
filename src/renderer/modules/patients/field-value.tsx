import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { markUnmatched } from './version-changes';

interface Props {
  /** This side's value, one line per entry (see fieldLines). */
  lines: string[];
  /** The other side's lines: entries of this side missing there are marked. */
  others: string[];
  /** Only entries of a list are marked one by one; a changed single value is plain on both sides. */
  list: boolean;
  /** How a marked entry reads: struck out (removed) or emphasised (added, or would be added). */
  mark: 'removed' | 'added';
}

/** One side of a field-by-field comparison, for the edit history and the merge check. */
export function FieldValue({ lines, others, list, mark }: Props) {
  const { t } = useTranslation();
  if (lines.length === 0) return <Typography color="text.secondary">{t('common.none')}</Typography>;
  return (
    <Box>
      {markUnmatched(lines, list ? others : lines).map(({ item, unmatched }, index) => (
        <Typography
          key={index}
          component={unmatched ? (mark === 'removed' ? 'del' : 'ins') : 'div'}
          sx={{ display: 'block', textDecoration: unmatched && mark === 'added' ? 'none' : undefined, fontWeight: unmatched && mark === 'added' ? 600 : undefined }}
        >
          {item}
        </Typography>
      ))}
    </Box>
  );
}
