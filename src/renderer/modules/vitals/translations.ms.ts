import type { Translations } from '../../i18n/translations';
import type { vitalsEn } from './translations.en';

export const vitalsMs: Translations<typeof vitalsEn> = {
  vitals: {
    title: 'Tanda vital', record: 'Vital', save: 'Simpan tanda vital', saved: 'Tanda vital disimpan pada {{time}} oleh {{name}}', close: 'Tutup', recordMore: 'Rekod semula',
    forPatient: 'Tanda vital · {{name}} ({{ticketNo}})',
    measures: {
      systolic: 'TD sistolik', diastolic: 'TD diastolik', pulse: 'Nadi', temperature: 'Suhu', respiratoryRate: 'Kadar pernafasan', spo2: 'SpO₂',
      weight: 'Berat', height: 'Tinggi', bmi: 'BMI', glucose: 'Glukosa darah', pain: 'Skor sakit', headCircumference: 'Lilitan kepala',
      glucoseFasting: 'Glukosa berpuasa', glucoseRandom: 'Glukosa rawak',
    },
    glucoseKinds: { fasting: 'Berpuasa', random: 'Rawak' },
    glucoseKind: 'Berpuasa atau rawak',
    levels: { low: 'Rendah', high: 'Tinggi', 'critical-low': 'Sangat rendah', 'critical-high': 'Sangat tinggi' },
    flag: '{{level}} · normal {{low}}–{{high}} {{unit}}',
    impossible: 'Tidak mungkin betul: antara {{min}} dan {{max}} {{unit}}',
    diastolicAboveSystolic: 'Mesti di bawah sistolik (paling tinggi {{max}} {{unit}})',
    bmiWorkedOut: 'BMI {{bmi}} kg/m²', bmiNeeds: 'BMI: masukkan berat dan tinggi',
    bmiCategories: { underweight: 'kurang berat badan', normal: 'normal', overweight: 'berat badan berlebihan', obese: 'obes' },
    bmiAsian: 'Had Asia (23 / 27.5), seperti CPG Malaysia',
    bands: { newborn: 'bayi baru lahir', infant: 'bayi', toddler: 'kanak-kanak kecil', preschool: 'prasekolah', schoolAge: 'umur sekolah', adolescent: 'remaja', adult: 'dewasa' },
    rangesFor: 'Julat untuk: {{band}}', ageUnknown: 'Tarikh lahir tiada dalam rekod: julat dewasa digunakan',
    nothingYet: 'Belum ada tanda vital direkod untuk lawatan ini.', noTrend: 'Belum ada tanda vital dalam rekod.',
    corrected: 'dibetulkan: {{reason}}',
    needsOne: 'Masukkan sekurang-kurangnya satu ukuran.',
    trend: {
      title: 'Tanda vital mengikut masa', bp: 'Tekanan darah (mmHg)', weight: 'Berat (kg) dan BMI (kg/m²)', glucose: 'Glukosa darah (mmol/L)', temperature: 'Suhu (°C)',
      showing: '{{count}} rekod terakhir',
    },
  },
};
