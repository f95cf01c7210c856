/** English text of the shared screen parts: the data table and the set-up list editor. */
export const componentsEn = {
  components: {
    dataTable: {
      empty: 'Nothing to show.',
      loading: 'Loading…',
      loadMore: 'Show more',
      rowsShown: '{{from}}–{{to}} of {{count}}',
      rowsPerPage: 'Rows per page',
      firstPage: 'First page',
      previousPage: 'Previous page',
      nextPage: 'Next page',
      lastPage: 'Last page',
      showDetails: 'Show details',
      hideDetails: 'Hide details',
    },
    setupList: {
    editing: 'Edit the chosen row',
      add: 'Add',
      addAnother: 'New instead',
      active: 'Active',
      inactive: 'Inactive',
    },
    connection: {
      reconnecting: 'The connection to the ClinicDesk hub was lost. Reconnecting…',
      reconnectingIn: 'The connection to the ClinicDesk hub was lost. Reconnecting… (next try in {{seconds}} s)',
    },
  },
};
