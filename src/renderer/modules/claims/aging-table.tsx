import { Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useRinggit } from '../../format/ringgit';

const BUCKETS = ['currentSen', 'days30Sen', 'days60Sen', 'days90Sen', 'totalSen'] as const;

/** What each panel still owes, claimed or not, by the age of the invoice: what clinics chase panels by. */
export function AgingTable() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const money = useRinggit();
  const aging = useQuery(trpc.claims.aging.queryOptions());
  return (
    <Card variant="outlined" data-testid="claims-aging">
      <CardContent>
        <Typography variant="h6" component="h2">{t('claims.aging.title')}</Typography>
        <ErrorAlert error={aging.error} />
        {aging.data?.length === 0 && <Typography color="text.secondary">{t('claims.aging.empty')}</Typography>}
        {aging.data && aging.data.length > 0 && (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('claims.aging.panel')}</TableCell>
                {BUCKETS.map((bucket) => (
                  <TableCell key={bucket} align="right">{t(`claims.aging.${bucket}`)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {aging.data.map((row) => (
                <TableRow key={row.panelId} data-testid={`claims-aging-${row.panelCode}`}>
                  <TableCell>{row.panelName}</TableCell>
                  {BUCKETS.map((bucket) => (
                    <TableCell key={bucket} align="right">{money(row[bucket])}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
