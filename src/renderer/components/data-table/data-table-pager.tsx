import { Button, TablePagination } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** "1–50 of 120" with the page buttons, in the screen's language. */
export function ClientPager({ count, page, pageSize, onPage }: { count: number; page: number; pageSize: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const buttonLabels = { first: 'firstPage', previous: 'previousPage', next: 'nextPage', last: 'lastPage' } as const;
  return (
    <TablePagination
      component="div"
      count={count}
      page={page}
      rowsPerPage={pageSize}
      rowsPerPageOptions={[]}
      onPageChange={(_event, next) => onPage(next)}
      labelRowsPerPage={t('components.dataTable.rowsPerPage')}
      labelDisplayedRows={({ from, to, count: total }) => t('components.dataTable.rowsShown', { from, to, count: total })}
      getItemAriaLabel={(type) => t(`components.dataTable.${buttonLabels[type]}`)}
      showFirstButton
      showLastButton
    />
  );
}

/** For lists the hub sends a page at a time (a cursor): the next page is fetched and added below. */
export interface LoadMore {
  hasMore: boolean;
  pending: boolean;
  onLoadMore: () => void;
  /** Defaults to "Show more". */
  label?: string;
  testId?: string;
}

export function LoadMoreButton({ more }: { more: LoadMore }) {
  const { t } = useTranslation();
  if (!more.hasMore) return null;
  return (
    <Button onClick={more.onLoadMore} disabled={more.pending} sx={{ alignSelf: 'center' }} data-testid={more.testId}>
      {more.label ?? t('components.dataTable.loadMore')}
    </Button>
  );
}
