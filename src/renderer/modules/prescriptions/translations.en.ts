/** English text of printing the prescription and the medicine labels. */
export const prescriptionPrintsEn = {
  prescriptionPrints: {
    printPrescription: 'Print prescription',
    printLabels: 'Print labels',
    issued: 'Prescription {{serial}} issued.',
    pdfOpened: 'The PDF opened in a new window: print it from there.',
    pdfDownloaded: 'The PDF was saved as {{fileName}}: open it to print.',
  },
};
