import { Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TableSortLabel, Typography } from '@mui/material';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cellProps, type DataColumn } from './columns';
import { ClientPager, LoadMoreButton, type LoadMore } from './data-table-pager';
import { DataTableRow } from './data-table-row';
import { clampPage, movedFocus, nextSort, pageRows, sortRows, type SortState } from './table-logic';

export type { DataColumn } from './columns';
export type { LoadMore } from './data-table-pager';

interface DataTableProps<Row> {
  columns: readonly DataColumn<Row>[];
  /** Undefined while the list has not come yet. */
  rows: readonly Row[] | undefined;
  rowKey: (row: Row) => string | number;
  /** Each row's test id, stable across sorting and paging (`user-row-<username>`). */
  rowTestId?: (row: Row) => string;
  loading?: boolean;
  /** What an empty list says; defaults to "Nothing to show." */
  emptyText?: string;
  /** Pages of this many rows on the screen; leave it out to show every row. */
  pageSize?: number;
  /** A list the hub pages with a cursor: a "Show more" button under the rows. */
  loadMore?: LoadMore;
  /** Click or Enter on a row (e.g. open it in the editor). */
  onRowActivate?: (row: Row) => void;
  isSelected?: (row: Row) => boolean;
  /** A details panel under each row, opened by its arrow, a click or Enter. */
  detail?: (row: Row) => ReactNode;
  initialSort?: SortState;
  /** Inside an outlined card (the default), or bare inside a card of its own. */
  framed?: boolean;
  showHeader?: boolean;
  stickyHeader?: boolean;
  testId?: string;
  'aria-label'?: string;
}

/**
 * Every list of records on the screens: columns declared as data, sorting by a header, paging on
 * the screen or "Show more" from the hub, its own empty and loading states, and the keyboard (Tab
 * reaches the table, arrows move between rows, Enter opens the row).
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { columns, rows, rowKey, rowTestId, loading, emptyText, pageSize, loadMore, onRowActivate, isSelected, detail, framed = true, showHeader = true } = props;
  const { t } = useTranslation();
  const [sort, setSort] = useState<SortState | null>(props.initialSort ?? null);
  const [page, setPage] = useState(0);
  const [focused, setFocused] = useState(0);
  const [open, setOpen] = useState<ReadonlySet<string | number>>(new Set());
  const rowElements = useRef<(HTMLTableRowElement | null)[]>([]);

  if (rows === undefined) return loading ? <Typography color="text.secondary">{t('components.dataTable.loading')}</Typography> : null;
  if (rows.length === 0) {
    return (
      <Typography color="text.secondary" data-testid={props.testId ? `${props.testId}-empty` : undefined}>
        {emptyText ?? t('components.dataTable.empty')}
      </Typography>
    );
  }

  const sortColumn = columns.find((column) => column.key === sort?.columnKey);
  const sorted = sort && sortColumn?.sortValue ? sortRows(rows, sortColumn.sortValue, sort.direction) : rows;
  const shownPage = pageSize ? clampPage(page, sorted.length, pageSize) : 0;
  const shown = pageSize ? pageRows(sorted, shownPage, pageSize) : sorted;
  const tabStop = Math.min(focused, shown.length - 1);

  const moveFocus = (index: number) => (event: KeyboardEvent<HTMLTableRowElement>): void => {
    const row = shown[index];
    if (event.key === 'Enter') {
      event.preventDefault();
      if (onRowActivate) onRowActivate(row);
      else if (detail) toggle(rowKey(row));
      return;
    }
    const next = movedFocus(index, event.key, shown.length);
    if (next === null) return;
    event.preventDefault();
    setFocused(next);
    rowElements.current[next]?.focus();
  };
  const toggle = (key: string | number): void => {
    const next = new Set(open);
    if (!next.delete(key)) next.add(key);
    setOpen(next);
  };

  const table = (
    <Table size="small" stickyHeader={props.stickyHeader} aria-label={props['aria-label']} data-testid={props.testId}>
      {showHeader && (
        <TableHead>
          <TableRow>
            {detail && <TableCell padding="checkbox" />}
            {columns.map((column) => (
              <TableCell key={column.key} {...cellProps(column)} sortDirection={sort?.columnKey === column.key ? sort.direction : false}>
                {column.sortValue ? (
                  <TableSortLabel active={sort?.columnKey === column.key} direction={sort?.columnKey === column.key ? sort.direction : 'asc'} onClick={() => setSort(nextSort(sort, column.key))}>
                    {column.header}
                  </TableSortLabel>
                ) : (
                  column.header
                )}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
      )}
      <TableBody>
        {shown.map((row, index) => {
          const key = rowKey(row);
          return (
            <DataTableRow
              key={key}
              row={row}
              columns={columns}
              testId={rowTestId?.(row)}
              selected={isSelected?.(row) ?? false}
              tabStop={index === tabStop}
              rowRef={(element) => {
                rowElements.current[index] = element;
              }}
              onFocus={() => setFocused(index)}
              onRowKey={moveFocus(index)}
              onActivate={onRowActivate ? () => onRowActivate(row) : undefined}
              detail={detail ? { open: open.has(key), toggle: () => toggle(key), content: () => detail(row) } : undefined}
            />
          );
        })}
      </TableBody>
    </Table>
  );

  return (
    <Stack spacing={1}>
      {framed ? (
        <TableContainer component={Paper} variant="outlined">
          {table}
        </TableContainer>
      ) : (
        table
      )}
      {pageSize !== undefined && sorted.length > pageSize && <ClientPager count={sorted.length} page={shownPage} pageSize={pageSize} onPage={setPage} />}
      {loadMore && <LoadMoreButton more={loadMore} />}
    </Stack>
  );
}
