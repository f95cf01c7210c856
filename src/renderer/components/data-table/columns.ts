import type { ReactNode } from 'react';
import type { SortValue } from './table-logic';

/** One column of a DataTable, declared as data: its header, how a row shows in it, and how it sorts. */
export interface DataColumn<Row> {
  /** Unique in the table; also what the sort remembers. */
  key: string;
  /** Already translated; empty for a column of buttons. */
  header?: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Given: the header sorts the rows by it. Leave it out on server-paged lists, where only some rows are here. */
  sortValue?: (row: Row) => SortValue;
  width?: number | string;
  /** Keeps dates and button rows on one line. */
  nowrap?: boolean;
  align?: 'left' | 'center' | 'right';
}

/** The TableCell props a column gives both its header and its cells. */
export function cellProps<Row>(column: DataColumn<Row>) {
  return {
    align: column.align,
    sx: { width: column.width, whiteSpace: column.nowrap ? 'nowrap' : undefined },
  };
}
