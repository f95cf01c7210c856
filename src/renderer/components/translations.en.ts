/** English text of the shared screen parts: the data table, the set-up list editor, the date field. */
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
    dateField: {
      placeholder: 'dd/mm/yyyy',
      unreadable: 'Write the date day first: day/month/year, e.g. 25/12/2026.',
      impossible: '{{text}} is not a date on the calendar.',
      tooEarly: 'Choose {{date}} or a later day.',
      tooLate: 'Choose {{date}} or an earlier day.',
      pick: 'Choose from a calendar',
      time: 'Time',
      timePlaceholder: 'hh:mm',
      timeUnreadable: 'Write the time on the 24-hour clock, e.g. 09:30 or 14:00.',
    },
    connection: {
      reconnecting: 'The connection to the ClinicDesk hub was lost. Reconnecting…',
      reconnectingIn: 'The connection to the ClinicDesk hub was lost. Reconnecting… (next try in {{seconds}} s)',
    },
  },
};
