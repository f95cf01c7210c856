import type { SaveTemplateInput } from '../../../shared/schemas/consultation';

/**
 * The templates a new clinic starts with, for the visits a GP sees most; the clinic changes them
 * or adds its own in the doctor's room. Blanks are left as "__" where the doctor fills in a value.
 */
export const DEFAULT_TEMPLATES: readonly SaveTemplateInput[] = [
  {
    name: 'URTI',
    active: true,
    note: {
      subjective: 'Fever __ days, cough, runny nose, sore throat. No shortness of breath. Eating and drinking well.',
      objective: 'Alert, not in distress. Throat injected, tonsils not enlarged. Lungs clear. Ears normal.',
      assessment: 'Upper respiratory tract infection.',
      plan: 'Symptomatic treatment. Plenty of fluids and rest. Return if breathless, fever beyond 3 days or worse.',
    },
  },
  {
    name: 'Hypertension follow-up',
    active: true,
    note: {
      subjective: 'Follow-up for hypertension. Taking medicines regularly: __. No chest pain, headache or breathlessness.',
      objective: 'BP __/__ mmHg. Heart sounds dual, no murmur. No pedal oedema.',
      assessment: 'Hypertension, __ controlled.',
      plan: 'Continue medicines. Low-salt diet, exercise. Yearly renal profile and lipids. Review in __ months.',
    },
  },
  {
    name: 'Diabetes review',
    active: true,
    note: {
      subjective: 'Review of type 2 diabetes. Medicines: __. Hypoglycaemia: none. Diet and exercise: __.',
      objective: 'Weight __ kg. BP __/__. Feet: pulses present, sensation intact, no ulcers.',
      assessment: 'Type 2 diabetes mellitus, HbA1c __ %.',
      plan: 'Continue medicines. HbA1c every 3–6 months. Yearly eye and foot screening. Review in __ months.',
    },
  },
  {
    name: 'Acute gastroenteritis',
    active: true,
    note: {
      subjective: 'Diarrhoea __ times a day for __ days, vomiting __. No blood in stool. Passing urine.',
      objective: 'Not dehydrated / mildly dehydrated. Abdomen soft, non-tender. Bowel sounds present.',
      assessment: 'Acute gastroenteritis.',
      plan: 'Oral rehydration salts. Light diet. Return if blood in stool, unable to drink, or drowsy.',
    },
  },
];
