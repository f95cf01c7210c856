/** English text of the diagnosis search. */
export const diagnosesEn = {
  diagnoses: {
    search: 'Diagnosis (ICD-10)',
    placeholder: 'Code or words, e.g. J06.9 or upper resp',
    typeToSearch: 'Type a code or words of the diagnosis.',
    noMatch: 'No ICD-10 code matches.',
    header: 'category (not billable)',
    favourite: 'Add to my favourite diagnoses',
    unfavourite: 'Remove from my favourite diagnoses',
  },
};
