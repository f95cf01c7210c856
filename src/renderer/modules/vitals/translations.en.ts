/** English text of the vital signs: measures as labelled on the form, flags in words. */
export const vitalsEn = {
  vitals: {
    title: 'Vital signs', record: 'Vitals', save: 'Save vitals', saved: 'Vitals saved at {{time}} by {{name}}', close: 'Close', recordMore: 'Record again',
    forPatient: 'Vital signs · {{name}} ({{ticketNo}})',
    measures: {
      systolic: 'BP systolic', diastolic: 'BP diastolic', pulse: 'Pulse', temperature: 'Temperature', respiratoryRate: 'Respiratory rate', spo2: 'SpO₂',
      weight: 'Weight', height: 'Height', bmi: 'BMI', glucose: 'Blood glucose', pain: 'Pain score', headCircumference: 'Head circumference',
      glucoseFasting: 'Fasting glucose', glucoseRandom: 'Random glucose',
    },
    glucoseKinds: { fasting: 'Fasting', random: 'Random' },
    glucoseKind: 'Fasting or random',
    levels: { low: 'Low', high: 'High', 'critical-low': 'Critically low', 'critical-high': 'Critically high' },
    flag: '{{level}} · normal {{low}}–{{high}} {{unit}}',
    impossible: 'Cannot be right: between {{min}} and {{max}} {{unit}}',
    diastolicAboveSystolic: 'Must be below the systolic ({{max}} {{unit}} at most)',
    bmiWorkedOut: 'BMI {{bmi}} kg/m²', bmiNeeds: 'BMI: enter weight and height',
    bmiCategories: { underweight: 'underweight', normal: 'normal', overweight: 'overweight', obese: 'obese' },
    bmiAsian: 'Asian cut-offs (23 / 27.5), as the Malaysian CPG',
    bands: { newborn: 'newborn', infant: 'infant', toddler: 'toddler', preschool: 'preschool', schoolAge: 'school age', adolescent: 'adolescent', adult: 'adult' },
    rangesFor: 'Ranges for: {{band}}', ageUnknown: 'Birth date not on record: adult ranges used',
    nothingYet: 'No vital signs recorded for this visit yet.', noTrend: 'No vital signs on record yet.',
    corrected: 'corrected: {{reason}}',
    needsOne: 'Enter at least one measure.',
    trend: {
      title: 'Vital signs over time', bp: 'Blood pressure (mmHg)', weight: 'Weight (kg) and BMI (kg/m²)', glucose: 'Blood glucose (mmol/L)', temperature: 'Temperature (°C)',
      showing: 'The last {{count}} recordings',
    },
  },
};
