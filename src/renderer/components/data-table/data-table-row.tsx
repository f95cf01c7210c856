import { Collapse, IconButton, TableCell, TableRow } from '@mui/material';
import KeyboardArrowDownIcon from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowUpIcon from '@mui/icons-material/KeyboardArrowUp';
import type { KeyboardEvent, ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { cellProps, type DataColumn } from './columns';

interface Props<Row> {
  row: Row;
  columns: readonly DataColumn<Row>[];
  testId?: string;
  selected: boolean;
  /** The one row Tab reaches (a roving tab stop); the arrows move it. */
  tabStop: boolean;
  rowRef: Ref<HTMLTableRowElement>;
  onFocus: () => void;
  /** A key pressed on the row itself, not on a field or button inside it. */
  onRowKey: (event: KeyboardEvent<HTMLTableRowElement>) => void;
  onActivate?: () => void;
  /** Given: a details panel under the row, opened by its arrow button or by activating the row. */
  detail?: { open: boolean; toggle: () => void; content: () => ReactNode };
}

export function DataTableRow<Row>({ row, columns, testId, selected, tabStop, rowRef, onFocus, onRowKey, onActivate, detail }: Props<Row>) {
  const { t } = useTranslation();
  const keyDown = (event: KeyboardEvent<HTMLTableRowElement>): void => {
    if (event.target === event.currentTarget) onRowKey(event);
  };
  return (
    <>
      <TableRow
        ref={rowRef}
        hover
        selected={selected}
        tabIndex={tabStop ? 0 : -1}
        onFocus={onFocus}
        onKeyDown={keyDown}
        onClick={onActivate}
        sx={{ cursor: onActivate ? 'pointer' : undefined, '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 } }}
        data-testid={testId}
      >
        {detail && (
          <TableCell padding="checkbox">
            <IconButton size="small" tabIndex={-1} aria-expanded={detail.open} aria-label={t(detail.open ? 'components.dataTable.hideDetails' : 'components.dataTable.showDetails')} onClick={detail.toggle}>
              {detail.open ? <KeyboardArrowUpIcon /> : <KeyboardArrowDownIcon />}
            </IconButton>
          </TableCell>
        )}
        {columns.map((column) => (
          <TableCell key={column.key} {...cellProps(column)}>
            {column.cell(row)}
          </TableCell>
        ))}
      </TableRow>
      {detail && (
        <TableRow>
          <TableCell colSpan={columns.length + 1} sx={{ py: 0, borderBottom: detail.open ? undefined : 'none' }}>
            <Collapse in={detail.open} unmountOnExit>
              {detail.content()}
            </Collapse>
          </TableCell>
        </TableRow>
      )}
    </>
  );
}
