/** English text of the in-app assistant panel. */
export const assistantEn = {
  assistant: {
    open: 'Help',
    title: 'Assistant',
    hint: 'Ask how to do something in ClinicDesk. The assistant only explains: it cannot change anything.',
    question: 'How do I …',
    ask: 'Ask',
    summarise: 'Summarise this screen',
    summariseQuestion: 'Summarise this screen',
    openScreen: 'Open {{screen}}',
    related: 'See also',
    tryThese: 'Topics to try',
    close: 'Close',
  },
};
