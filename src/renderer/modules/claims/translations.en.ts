/** English text of panel claims: batches, statements, the panels' payments and aging. */
export const claimsEn = {
  claims: {
    subtitle: 'Panel invoices gathered per panel and month, the statements sent, the panels’ payments matched to them, and what each panel still owes.',
    pick: 'Choose a batch on the left, or make one from what waits to be claimed.',
    unclaimed: { title: 'Waiting to be claimed', empty: 'No panel invoice waits to be claimed.', line: '{{count}} invoice(s), {{amount}} · claim by {{deadline}}', create: 'Make batch' },
    batches: { title: 'Claim batches', empty: 'No batch yet.', line: 'claimed {{claimed}} · outstanding {{outstanding}}' },
    batch: {
      pdf: 'Statement PDF', csv: 'Statement CSV',
      totals: 'Claimed {{claimed}} · paid {{paid}} · deducted {{deducted}} · rejected {{rejected}} · outstanding {{outstanding}}',
      claim: 'Claim', member: 'Member no.', claimed: 'Claimed', settled: 'Paid / deducted / rejected', outstanding: 'Outstanding', match: 'This payment',
      mc: 'MC {{count}} day(s)', paid: 'Paid (RM)', deducted: 'Deducted (RM)', rejected: 'Rejected (RM)', reason: 'Why rejected',
      reference: 'Payment reference', receivedOn: 'Received on', record: 'Record payment', recorded: 'Payment recorded.',
      receipt: '{{reference}} on {{date}}: {{amount}}',
    },
    statuses: { unclaimed: 'Not claimed', submitted: 'Submitted', paid: 'Paid', 'part-paid': 'Part paid', rejected: 'Rejected' },
    aging: { title: 'Owed by panels, by age', empty: 'No panel owes anything.', panel: 'Panel', currentSen: '0–29 days', days30Sen: '30–59 days', days60Sen: '60–89 days', days90Sen: '90+ days', totalSen: 'Total' },
  },
};
