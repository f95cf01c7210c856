/** English words every screen uses. */
export const commonEn = {
  common: {
    save: 'Save', cancel: 'Cancel', close: 'Close', next: 'Next', back: 'Back', continue: 'Continue', saved: 'Saved.',
    language: 'Language', loading: 'Loading…', yes: 'Yes', no: 'No', print: 'Print', none: '—', undo: 'Undo',
  },
  languages: { en: 'English', ms: 'Bahasa Melayu', zh: 'Chinese', ta: 'Tamil' },
  // Quoted: typed keys (i18next.d.ts) are built from string keys only, so numeric keys would be unreachable.
  weekday: { '1': 'Monday', '2': 'Tuesday', '3': 'Wednesday', '4': 'Thursday', '5': 'Friday', '6': 'Saturday', '7': 'Sunday' },
};
