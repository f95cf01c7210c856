/** English text of Setup → Fees, the clinic's fee schedule. */
export const feesEn = {
  fees: {
    title: 'Fee schedule',
    intro: 'What the clinic charges besides medicines. A consultation fee may be one doctor’s, or charged only in a window of the day (22:00–08:00 runs past midnight); the most specific one applies.',
    add: 'Add fee',
    none: 'No fees yet. Add what the clinic charges for a consultation.',
    code: 'Code',
    name: 'Name',
    kind: 'Kind',
    kinds: { consultation: 'Consultation', procedure: 'Procedure', lab: 'Lab test', package: 'Package', other: 'Other' },
    price: 'Price (RM)',
    taxable: 'Service tax applies',
    yes: 'Yes',
    no: 'No',
    doctor: 'Doctor',
    everyDoctor: 'Every doctor',
    aDoctor: 'A doctor',
    hours: 'Hours',
    anyTime: 'Any time',
    fromTime: 'From',
    toTime: 'To',
  },
};
